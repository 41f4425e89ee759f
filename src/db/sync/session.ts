import { memberServiceIds, serviceDbName } from './synced-tables';

/*
 * Signing in to the team server: CouchDB's session API under /couchdb/ on the given origin (the
 * app's own by default; the CSP allows no other). The session is a cookie the browser keeps; the
 * password is never stored.
 */
export type SessionProblem = 'password' | 'unreachable' | 'server';

export class SessionError extends Error {
  constructor(readonly problem: SessionProblem) {
    super(`Team server: ${problem}`);
    this.name = 'SessionError';
  }
}

export interface Session {
  name: string | null;
  roles: string[];
}

export const couchUrl = (server: string) => `${server.replace(/\/+$/, '')}/couchdb`;

type Fetch = typeof fetch;

async function request(url: string, init: RequestInit = {}, send: Fetch = fetch): Promise<Response> {
  try {
    return await send(url, {
      credentials: 'include',
      ...init,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
    });
  } catch {
    throw new SessionError('unreachable');
  }
}

export async function signIn(server: string, name: string, password: string): Promise<Session> {
  const response = await request(`${couchUrl(server)}/_session`, { method: 'POST', body: JSON.stringify({ name, password }) });
  if (response.status === 401 || response.status === 403) throw new SessionError('password');
  if (!response.ok) throw new SessionError('server');
  return currentSession(server);
}

export async function currentSession(server: string, send: Fetch = fetch): Promise<Session> {
  const response = await request(`${couchUrl(server)}/_session`, {}, send);
  // Apache CouchDB with require_valid_user answers 401 here without a session (sync contract).
  if (response.status === 401) return { name: null, roles: [] };
  if (!response.ok) throw new SessionError('server');
  const body = (await response.json()) as { userCtx?: { name?: string | null; roles?: string[] } };
  return { name: body.userCtx?.name ?? null, roles: body.userCtx?.roles ?? [] };
}

export async function signOutOfServer(server: string): Promise<void> {
  await request(`${couchUrl(server)}/_session`, { method: 'DELETE' }).catch(() => undefined);
}

/** The service's name from its `services:<id>` document; the id itself if it cannot be read. */
export async function serviceName(server: string, serviceId: string): Promise<string> {
  try {
    const response = await request(`${couchUrl(server)}/${serviceDbName(serviceId)}/${encodeURIComponent(`services:${serviceId}`)}`);
    if (!response.ok) return serviceId;
    const doc = (await response.json()) as { record?: { name?: unknown } };
    return typeof doc.record?.name === 'string' && doc.record.name ? doc.record.name : serviceId;
  } catch {
    return serviceId;
  }
}

/**
 * Why the server refused a service's database (401 or 403, alike on both servers): the session is
 * gone (signed out, expired, password changed), the user is no longer a member of the service, or
 * something else on the server. Throws SessionError('unreachable') when the server cannot be asked.
 */
export async function refusalReason(
  server: string,
  serviceId: string,
  send: Fetch = fetch,
): Promise<'signed-out' | 'not-member' | 'server'> {
  const session = await currentSession(server, send);
  if (!session.name) return 'signed-out';
  return memberServiceIds(session.roles).includes(serviceId) ? 'server' : 'not-member';
}
