// The team server for development, trials and tests: the built app (dist/) and a
// CouchDB-protocol server under /couchdb/ on one origin, so the app's CSP keeps connect-src 'self'.
// Production is Apache CouchDB 3.x behind nginx or Apache (see "Running a team server").
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import express from 'express';
import { createCouchApp } from './couch.mjs';
import { cacheControlFor, SECURITY_HEADERS } from './security-headers.mjs';

export const DEFAULT_PORT = 4174;
export const DEFAULT_DATA_DIR = '.team-server';

function securityHeaders(_req, res, next) {
  res.set(SECURITY_HEADERS);
  next();
}

// The deployment's caching rules (security-headers.mjs): the service worker and the page that
// names the current bundle are revalidated on every visit, or an update never arrives; files with
// a content hash in their names are kept.
const cacheControl = (dist) => (res, file) => {
  res.set('Cache-Control', cacheControlFor(`/${relative(dist, file).split(sep).join('/')}`));
};

function appRoutes(dist) {
  const router = express.Router();
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) {
    router.use((req, res) => {
      res.status(503).type('text/plain').send('The app is not built yet: run `npm run build`, then start the team server again.\n');
    });
    return router;
  }
  router.use(express.static(dist, { index: 'index.html', setHeaders: cacheControl(dist) }));
  // Single-page app: every other page address gets index.html and the app routes itself; a
  // missing file (a name with an extension) stays a 404.
  router.get('*', (req, res, next) => {
    if (req.path.startsWith('/couchdb') || /\.[^/]*$/.test(req.path)) return next();
    res.set('Cache-Control', cacheControlFor('/index.html'));
    res.sendFile(indexHtml);
  });
  return router;
}

/**
 * Starts the team server.
 * @param {object} options
 * @param {number} [options.port=4174] 0 picks a free port.
 * @param {string} [options.host='127.0.0.1'] loopback only unless told otherwise.
 * @param {boolean} [options.memory=false] keep the data in memory (tests) instead of dataDir.
 * @param {string} [options.dataDir='.team-server'] folder for the databases and config.json.
 * @param {string} [options.dist='dist'] the built app.
 * @param {{name: string, password: string}} [options.admin] the server admin; when left out,
 *   the folder's existing admin is kept, or an admin named "admin" with a generated password is
 *   created (returned in admin.password, generated: true).
 * @returns {Promise<{url: string, couchUrl: string, port: number, admin: {name: string, password: string|null, generated: boolean}, stop: () => Promise<void>}>}
 */
export async function startTeamServer({
  port = DEFAULT_PORT,
  host = '127.0.0.1',
  memory = false,
  dataDir = DEFAULT_DATA_DIR,
  dist = 'dist',
  admin,
} = {}) {
  const couch = await createCouchApp({ memory, dataDir, admin });
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use('/couchdb', couch.app);
  app.use(appRoutes(resolve(dist)));

  const server = await new Promise((done, fail) => {
    const listening = app.listen(port, host);
    listening.once('listening', () => done(listening));
    listening.once('error', fail);
  }).catch(async (error) => {
    await couch.close();
    throw error;
  });
  // Live replication keeps long-polling requests open; without this, stop() would wait for them.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const reachable = wildcard ? `http://${address.family === 'IPv6' ? '[::1]' : '127.0.0.1'}:${address.port}` : url;
  // express-pouchdb finishes preparing _users (its design document) in the background; a first
  // session request waits for it, so nothing is still being written when stop() closes the files.
  await fetch(`${reachable}/couchdb/_session`)
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
  couch.started();
  let stopped;
  function stop() {
    stopped ??= new Promise((done) => {
      server.close(() => done());
      for (const socket of sockets) socket.destroy();
    }).then(() => couch.close());
    return stopped;
  }
  return { url, couchUrl: `${url}/couchdb`, port: address.port, admin: couch.admin, stop };
}
