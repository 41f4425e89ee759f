// npm run team-setup -- <admin URL> <team.json>
// The admin URL is the server's CouchDB root with a server admin, e.g.
// http://admin:secret@127.0.0.1:4174/couchdb or https://admin:secret@couch.county.fi; without
// credentials in it, FIDELIO_TEAM_ADMIN and FIDELIO_TEAM_ADMIN_PASSWORD are used.
import { readFile } from 'node:fs/promises';
import { setupTeam, TeamSetupError } from './setup.mjs';

const USAGE = 'Usage: npm run team-setup -- <admin URL> <team.json>';
const [adminUrl, file] = process.argv.slice(2);
if (!adminUrl || !file) {
  console.error(USAGE);
  process.exit(2);
}

let team;
try {
  team = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
  console.error(error.code === 'ENOENT' ? `No such file: ${file}` : `${file} is not valid JSON: ${error.message}`);
  process.exit(1);
}

try {
  const admin = { name: process.env.FIDELIO_TEAM_ADMIN || 'admin', password: process.env.FIDELIO_TEAM_ADMIN_PASSWORD };
  const result = await setupTeam(adminUrl, team, { admin });
  for (const service of result.services) {
    console.log(
      `Service ${service.id} → ${service.db}: database ${service.database}, security ${service.security}, validation ${service.validation}, service record ${service.serviceRecord}`,
    );
  }
  for (const user of result.users) console.log(`User ${user.name}: ${user.action} (${user.roles.join(', ')})`);
  for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
} catch (error) {
  console.error(error instanceof TeamSetupError ? error.message : error.stack);
  process.exit(1);
}
