// @vitest-environment node
// The team server's own guard and its app serving. Without the guard, express-pouchdb lists every
// database to anyone and an anonymous PUT /couchdb/<db> ends the whole process.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { serviceDbName } from '../../scripts/team-server/validation.mjs';
import { ADMIN, basicAuth, COACH, KATEVA, team } from './team-fixture';

let server: TeamServer;
let dist: string;
const katevaDb = serviceDbName(KATEVA);

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const response = await fetch(`${server.couchUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

async function databases(): Promise<string[]> {
  return JSON.parse((await call('GET', '/_all_dbs', { authorization: basicAuth(ADMIN) })).text) as string[];
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'fidelio-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Fidelio</title><div id="root"></div>');
  await writeFile(join(dist, 'assets', 'start.js'), 'console.log("start");');
  server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, dist, admin: ADMIN });
  await setupTeam(`http://${ADMIN.name}:${ADMIN.password}@${server.couchUrl.slice('http://'.length)}`, team());
});

afterAll(async () => {
  await server?.stop();
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('without a session', () => {
  it('only the welcome and _session answer; the rest is refused and the server stays up', async () => {
    expect((await call('GET', '/')).status).toBe(200);
    const session = await call('GET', '/_session');
    expect(session.status).toBe(200);
    expect(JSON.parse(session.text).userCtx.name).toBeNull();

    const refused: [string, string, unknown?][] = [
      ['GET', '/_all_dbs'],
      ['GET', '/%5Fall_dbs'],
      ['PUT', '/planted'],
      ['PUT', `/${katevaDb}-copy`],
      ['DELETE', `/${katevaDb}`],
      ['GET', '/_config'],
      ['PUT', '/_config/admins/eve', 'password'],
      ['GET', '/_users/_all_docs'],
      ['PUT', '/_users/org.couchdb.user:eve', { name: 'eve', type: 'user', roles: [], password: 'eve-password' }],
      ['GET', `/${katevaDb}`],
      ['GET', `/${katevaDb}/_all_docs`],
      ['GET', `/${katevaDb}/_changes`],
      ['POST', `/${katevaDb}`, { _id: 'clients:x' }],
      ['POST', '/_replicate', { source: katevaDb, target: 'http://example.invalid/stolen' }],
    ];
    for (const [method, path, body] of refused) {
      const answer = await call(method, path, {}, body);
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.headers.get('www-authenticate'), 'no browser password pop-up').toBeNull();
    }
    // Still alive, nothing created, nobody added.
    expect((await call('GET', '/')).status).toBe(200);
    const dbs = await databases();
    expect(dbs).toContain(katevaDb);
    expect(dbs).not.toContain('planted');
    expect((await call('GET', '/_users/org.couchdb.user:eve', { authorization: basicAuth(ADMIN) })).status).toBe(404);
  });
});

describe('a signed-in user who is not a server admin', () => {
  it('is refused server-wide operations, by password and by session cookie, and the server stays up', async () => {
    const login = await call('POST', '/_session', {}, { name: COACH.name, password: COACH.password });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);

    const byPassword: Record<string, string> = { authorization: basicAuth(COACH) };
    const byCookie: Record<string, string> = { cookie };
    for (const credentials of [byPassword, byCookie]) {
      const refused: [string, string, unknown?][] = [
        ['GET', '/_all_dbs'],
        ['PUT', '/planted-by-member'],
        ['DELETE', `/${katevaDb}`],
        ['GET', '/_config'],
        ['GET', '/_users/_all_docs'],
        ['GET', '/_users/org.couchdb.user:ville'],
        ['PUT', `/_users/org.couchdb.user:${COACH.name}`, { name: COACH.name, type: 'user', roles: ['_admin'], password: 'x-password' }],
        ['POST', `/${katevaDb}/_temp_view`, { map: 'function (doc) { emit(doc._id); }' }],
        ['POST', `/${katevaDb}/_compact`],
        ['POST', '/_replicate', { source: katevaDb, target: 'copy' }],
      ];
      for (const [method, path, body] of refused) {
        const answer = await call(method, path, credentials, body);
        expect([401, 403], `${method} ${path}`).toContain(answer.status);
      }
      // What a device needs still works.
      expect(JSON.parse((await call('GET', '/_session', credentials)).text).userCtx.name).toBe(COACH.name);
      expect((await call('GET', `/${katevaDb}`, credentials)).status).toBe(200);
      expect((await call('GET', `/_users/org.couchdb.user:${COACH.name}`, credentials)).status).toBe(200);
    }
    expect((await call('GET', '/')).status).toBe(200);
    const dbs = await databases();
    expect(dbs).toContain(katevaDb);
    expect(dbs).not.toContain('planted-by-member');
    const self = JSON.parse((await call('GET', `/_users/org.couchdb.user:${COACH.name}`, { authorization: basicAuth(ADMIN) })).text);
    expect(self.roles).not.toContain('_admin');
  });

  it('a server admin may list and create databases', async () => {
    expect((await call('PUT', '/made-by-admin', { authorization: basicAuth(ADMIN) })).status).toBe(201);
    expect(await databases()).toContain('made-by-admin');
  });
});

describe('the app on the same origin', () => {
  it('is served with the same security headers as vite preview, with page addresses falling back to index.html', async () => {
    const expected = viteConfig.preview?.headers as Record<string, string>;
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    for (const path of ['/', '/reviews/abc/score', '/assets/start.js', '/couchdb/']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      const text = await response.text();
      if (path === '/assets/start.js') expect(text).toContain('console.log');
      else if (path === '/couchdb/') expect(JSON.parse(text)).toBeTruthy();
      else expect(text).toContain('<div id="root">');
    }
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it('sends the deployment caching rules: the page revalidated on every visit, hashed assets kept', async () => {
    const cacheControl = async (path: string) => (await fetch(server.url + path)).headers.get('cache-control');
    for (const page of ['/', '/index.html', '/reviews/abc/score']) expect(await cacheControl(page), page).toBe('no-cache');
    expect(await cacheControl('/assets/start.js')).toBe('public, max-age=31536000, immutable');
  });
});
