// @vitest-environment node
// A team server keeping its data in a folder: stopped and started again in the same process (as a
// browser test does to cut a sync midway), it still has the team, the records and its admin.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { serviceDbName } from '../../scripts/team-server/validation.mjs';
import { basicAuth, COACH, KATEVA, syncDoc, team } from './team-fixture';

it('keeps the team, the records, the generated admin and signed-in sessions across a restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'fidelio-team-'));
  let server: TeamServer | undefined;
  try {
    server = await startTeamServer({ port: 0, dataDir });
    expect(server.admin.generated).toBe(true);
    const admin = { name: server.admin.name, password: server.admin.password! };
    await setupTeam(server.couchUrl, team(), { admin });
    const docUrl = (base: string) => `${base}/${serviceDbName(KATEVA)}/${encodeURIComponent('clients:kept-1')}`;
    const put = await fetch(docUrl(server.couchUrl), {
      method: 'PUT',
      headers: { authorization: basicAuth(COACH), 'content-type': 'application/json' },
      body: JSON.stringify(syncDoc('clients', 'kept-1', { pseudonym: 'Asiakas 1' })),
    });
    expect(put.status).toBe(201);
    const login = await fetch(`${server.couchUrl}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: COACH.name, password: COACH.password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);
    await server.stop();

    server = await startTeamServer({ port: 0, dataDir });
    expect(server.admin).toEqual({ name: admin.name, password: null, generated: false });
    const again = await fetch(docUrl(server.couchUrl), { headers: { authorization: basicAuth(COACH) } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { record: { pseudonym: string } }).record.pseudonym).toBe('Asiakas 1');
    // A device's session survives the restart: nobody has to sign in again.
    const session = await fetch(`${server.couchUrl}/_session`, { headers: { cookie } });
    expect(((await session.json()) as { userCtx: { name: string | null } }).userCtx.name).toBe(COACH.name);
    const dbs = await fetch(`${server.couchUrl}/_all_dbs`, { headers: { authorization: basicAuth(admin) } });
    expect(dbs.status).toBe(200);
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
