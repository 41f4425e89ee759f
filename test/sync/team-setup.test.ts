// @vitest-environment node
// npm run team-setup against the team server (memory storage) on 127.0.0.1: running it twice
// leaves the same state, a changed team.json updates users' roles and passwords, and a bad file
// is refused whole, before anything is sent.
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam, TeamSetupError, type TeamFile } from '../../scripts/team-server/setup.mjs';
import { serviceDbName, validationSource } from '../../scripts/team-server/validation.mjs';
import { ADMIN, basicAuth, COACH, KATEVA, OUTSIDER, POLKU, REVIEWER_1, team } from './team-fixture';

let server: TeamServer;
let adminUrl: string;

async function asAdmin(path: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.couchUrl}${path}`, { headers: { authorization: basicAuth(ADMIN) } });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function sessionRoles(user: { name: string; password: string }): Promise<string[] | null> {
  const response = await fetch(`${server.couchUrl}/_session`, { headers: { authorization: basicAuth(user) } });
  if (response.status !== 200) return null;
  return ((await response.json()) as { userCtx: { roles: string[] } }).userCtx.roles;
}

/** Everything setup writes, with revisions, so a second run can be compared with the first. */
async function serverState(file: TeamFile) {
  const state: Record<string, unknown> = { dbs: (await asAdmin('/_all_dbs')).json };
  for (const service of file.services) {
    const db = serviceDbName(service.id);
    state[`${db}/_security`] = (await asAdmin(`/${db}/_security`)).json;
    state[`${db}/_design/fidelio`] = (await asAdmin(`/${db}/_design/fidelio`)).json._rev;
    state[`${db}/services`] = (await asAdmin(`/${db}/${encodeURIComponent(`services:${service.id}`)}`)).json._rev;
  }
  for (const user of file.users) {
    const doc = (await asAdmin(`/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`)).json;
    state[user.name] = { rev: doc._rev, roles: doc.roles };
  }
  return state;
}

beforeAll(async () => {
  server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, admin: ADMIN });
  adminUrl = `http://${ADMIN.name}:${ADMIN.password}@${server.couchUrl.slice('http://'.length)}`;
});

afterAll(async () => {
  await server?.stop();
});

describe('team setup', () => {
  it('creates the team once; a second run changes nothing', async () => {
    const first = await setupTeam(adminUrl, team());
    expect(first.services.map((service) => service.database)).toEqual(['created', 'created']);
    expect(first.users.map((user) => user.action)).toEqual(['created', 'created', 'created', 'created']);
    const afterFirst = await serverState(team());

    const second = await setupTeam(adminUrl, team());
    expect(second.services).toEqual(
      first.services.map((service) => ({
        ...service,
        database: 'unchanged',
        security: 'unchanged',
        validation: 'unchanged',
        serviceRecord: 'unchanged',
      })),
    );
    expect(second.users.map((user) => user.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(await serverState(team())).toEqual(afterFirst);

    // What was made: per-service database, security by role, validation, service record, roles.
    const db = serviceDbName(KATEVA);
    expect(afterFirst[`${db}/_security`]).toEqual({
      admins: { names: [], roles: [] },
      members: { names: [], roles: [`fidelio:${KATEVA}:member`] },
    });
    const record = (await asAdmin(`/${db}/${encodeURIComponent(`services:${KATEVA}`)}`)).json;
    expect(record).toMatchObject({
      table: 'services',
      schema: 1,
      record: { id: KATEVA, serviceId: KATEVA, name: 'Kätevä', deletedAt: null },
    });
    expect(await sessionRoles(COACH)).toEqual([`fidelio:${KATEVA}:member`, `fidelio:${KATEVA}:lead`, `fidelio:${KATEVA}:coach`]);
    expect(await sessionRoles(OUTSIDER)).toEqual([`fidelio:${POLKU}:member`, `fidelio:${POLKU}:coach`]);
  });

  it("updates a user's roles and password on a re-run, keeping roles from other teams", async () => {
    await setupTeam(adminUrl, team());
    // A role the county gave by hand, outside this team's services.
    const path = `/_users/${encodeURIComponent(`org.couchdb.user:${COACH.name}`)}`;
    const doc = (await asAdmin(path)).json;
    const put = await fetch(`${server.couchUrl}${path}`, {
      method: 'PUT',
      headers: { authorization: basicAuth(ADMIN), 'content-type': 'application/json' },
      body: JSON.stringify({ ...doc, roles: [...(doc.roles as string[]), 'fidelio:other-service:member'] }),
    });
    expect(put.status).toBe(201);

    const changed = team();
    changed.users[0] = { name: COACH.name, password: 'anna-new-password', services: { [KATEVA]: ['reviewer'], [POLKU]: [] } };
    const result = await setupTeam(adminUrl, changed);
    expect(result.users[0]).toMatchObject({ name: COACH.name, action: 'updated roles and password' });
    expect(await sessionRoles(COACH)).toBeNull();
    expect(await sessionRoles({ name: COACH.name, password: 'anna-new-password' })).toEqual([
      'fidelio:other-service:member',
      `fidelio:${KATEVA}:member`,
      `fidelio:${KATEVA}:reviewer`,
      `fidelio:${POLKU}:member`,
    ]);
    const again = await setupTeam(adminUrl, changed);
    expect(again.users.map((user) => user.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('warns about users who still hold roles in the services but left the file', async () => {
    const smaller = team();
    smaller.users = smaller.users.filter((user) => user.name !== REVIEWER_1.name);
    const result = await setupTeam(adminUrl, smaller);
    expect(result.warnings).toEqual([expect.stringContaining(`"${REVIEWER_1.name}"`)]);
    expect(await sessionRoles(REVIEWER_1)).toContain(`fidelio:${KATEVA}:reviewer`);
  });

  it('refuses a bad team file whole, naming every problem, before sending anything', async () => {
    const before = (await asAdmin('/_all_dbs')).json;
    const bad = {
      services: [
        { id: 'new-service', name: '' },
        { id: 'new-service', name: 'Twice' },
      ],
      users: [
        { name: '_admin', password: 'long-enough-1', services: { 'new-service': ['coach'] } },
        { name: 'eve', password: 'short', services: { 'no-such-service': ['boss'] } },
      ],
      extra: true,
    };
    const error = await setupTeam(adminUrl, bad).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TeamSetupError);
    const message = (error as Error).message;
    for (const expected of [
      'services[0].name',
      'appears twice',
      'users[0].name',
      'users[1].password',
      '"no-such-service" is not one of',
      'lead, coach, reviewer, manager',
      'Unknown field "extra"',
    ]) {
      expect(message).toContain(expected);
    }
    expect((await asAdmin('/_all_dbs')).json).toEqual(before);
    expect((await asAdmin('/_users/org.couchdb.user:eve')).status).toBe(404);
  });

  it("says so when the admin's password is wrong or the server cannot be reached", async () => {
    const wrong = `http://${ADMIN.name}:not-the-password@${server.couchUrl.slice('http://'.length)}`;
    await expect(setupTeam(wrong, team())).rejects.toThrow(/refused the admin/);
    const member = `http://${COACH.name}:${COACH.password}@${server.couchUrl.slice('http://'.length)}`;
    await expect(setupTeam(member, team())).rejects.toThrow(/server admin/);
    await expect(setupTeam('http://a:b@127.0.0.1:1/couchdb', team())).rejects.toThrow(/Cannot reach/);
  });
});

describe('the validation function', () => {
  it('is ES5 with the service id embedded, and refuses in the words CouchDB passes on', () => {
    const source = validationSource('it\'s "odd"\u2028');
    for (const modern of [/=>/, /\blet\b/, /\bconst\b/, /`/, /\.\.\./, /\bclass\b/]) expect(source).not.toMatch(modern);
    const validate = runInNewContext(`(function () { "use strict"; return ${source}; })()`) as (n: unknown, o: unknown, u: unknown) => void;
    const doc = {
      _id: 'clients:c1',
      table: 'clients',
      schema: 1,
      record: { id: 'c1', serviceId: 'it\'s "odd"\u2028', createdAt: 'x', updatedAt: 'x' },
    };
    const member = { name: 'anna', roles: ['fidelio:it\'s "odd"\u2028:member'] };
    expect(() => validate(doc, null, member)).not.toThrow();
    expect(() => validate(doc, null, { name: 'olli', roles: [] })).toThrow(
      expect.objectContaining({ forbidden: expect.stringContaining('not a member') }),
    );
    expect(() => validate({ ...doc, record: { ...doc.record, serviceId: 'other' } }, null, member)).toThrow(
      expect.objectContaining({ forbidden: expect.any(String) }),
    );
  });
});
