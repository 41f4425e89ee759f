// @vitest-environment node
// Issue 17: when the team server refuses a device, the status says why in words — the session is
// gone ("sign in again"), the password is refused, or the user is no longer a member of the
// service — decided against the in-process team server as the device decides it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../scripts/team-server/server.mjs';
import { setupTeam } from '../../scripts/team-server/setup.mjs';
import { refusalReason, SessionError, signIn } from '../../src/db/sync/session';
import { ADMIN, basicAuth, COACH, KATEVA, OUTSIDER, POLKU, team } from './team-fixture';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer({ port: 0, host: '127.0.0.1', memory: true, dist: 'no-dist-here', admin: ADMIN });
  await setupTeam(server.couchUrl, team(), { admin: ADMIN });
});
afterAll(async () => {
  await server?.stop();
});

/** A device's requests as a given user (the browser would send the session cookie instead). */
const as =
  (user: { name: string; password: string } | null): typeof fetch =>
  (url, init) =>
    fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(user ? { authorization: basicAuth(user) } : {}) } });

describe('why the team server refused this device', () => {
  it('no session any more: sign in again', async () => {
    expect(await refusalReason(server.url, KATEVA, as(null))).toBe('signed-out');
  });

  it('signed in, but no longer a member of the service', async () => {
    expect(await refusalReason(server.url, KATEVA, as(OUTSIDER))).toBe('not-member');
    expect(await refusalReason(server.url, POLKU, as(OUTSIDER))).toBe('server');
  });

  it("a member refused for another reason is a server problem, not the account's", async () => {
    expect(await refusalReason(server.url, KATEVA, as(COACH))).toBe('server');
  });

  it('a password the server no longer accepts is refused in words when signing in again', async () => {
    await expect(signIn(server.url, COACH.name, 'vanha-salasana')).rejects.toEqual(new SessionError('password'));
  });

  it('an unreachable server is neither: the device is offline', async () => {
    await expect(refusalReason('http://127.0.0.1:9', KATEVA)).rejects.toEqual(new SessionError('unreachable'));
  });
});
