// npm run team-server [-- --port 4174 --host 127.0.0.1 --memory --data .team-server --dist dist]
// Server admin: FIDELIO_TEAM_ADMIN and FIDELIO_TEAM_ADMIN_PASSWORD when set (they also reset the
// password of a folder's admin); otherwise the folder's admin is kept, or on first start an admin
// "admin" gets a generated password that is printed once (only its hash is stored).
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, DEFAULT_PORT, startTeamServer } from './server.mjs';

const USAGE = `Usage: npm run team-server -- [--port ${DEFAULT_PORT}] [--host 127.0.0.1] [--memory | --data ${DEFAULT_DATA_DIR}] [--dist dist]`;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: String(DEFAULT_PORT) },
        host: { type: 'string', default: '127.0.0.1' },
        memory: { type: 'boolean', default: false },
        data: { type: 'string', default: DEFAULT_DATA_DIR },
        dist: { type: 'string', default: 'dist' },
        help: { type: 'boolean', default: false },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`);
    return { ...values, port };
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const envName = process.env.FIDELIO_TEAM_ADMIN;
const envPassword = process.env.FIDELIO_TEAM_ADMIN_PASSWORD;
if (envName && !envPassword) console.warn('FIDELIO_TEAM_ADMIN is set without FIDELIO_TEAM_ADMIN_PASSWORD: ignored.');
const admin = envPassword ? { name: envName || 'admin', password: envPassword } : undefined;

let server;
try {
  server = await startTeamServer({
    port: values.port,
    host: values.host,
    memory: values.memory,
    dataDir: values.data,
    dist: values.dist,
    admin,
  });
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${values.port} is in use: is a team server already running? (--port to choose another)`
      : error.message,
  );
  process.exit(1);
}

const loopback = ['127.0.0.1', '::1', 'localhost'].includes(values.host);
const adminLine = server.admin.generated
  ? `Server admin: ${server.admin.name} / ${server.admin.password}   (generated, shown only now${values.memory ? '' : '; to reset, start with FIDELIO_TEAM_ADMIN_PASSWORD set'})`
  : `Server admin: ${server.admin.name} (${admin ? 'from FIDELIO_TEAM_ADMIN_PASSWORD' : `kept from ${values.data}/config.json`})`;
const adminUrl = `http://${encodeURIComponent(server.admin.name)}:${server.admin.generated ? encodeURIComponent(server.admin.password) : '<password>'}@${server.url.slice('http://'.length)}/couchdb`;
console.log(`Fidelio team server (development and trials; production is Apache CouchDB, see README)
  App:        ${server.url}/
  CouchDB:    ${server.couchUrl}/   (the app's Settings → Team sync: server address ${server.url})
  Data:       ${values.memory ? 'in memory, gone when the server stops' : `folder ${values.data}/`}
  ${adminLine}
Set up a team (databases, validation, users and roles) from a team.json:
  npm run team-setup -- '${adminUrl}' team.json
${loopback ? '' : `\nWARNING: listening on ${values.host} over plain HTTP: passwords and client data cross the network unencrypted.\n`}Stop with Ctrl+C.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
