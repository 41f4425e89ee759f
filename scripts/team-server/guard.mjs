// The team server's own gate in front of express-pouchdb. express-pouchdb lets anonymous
// requests reach routes that Apache CouchDB 3 (with require_valid_user) refuses, and one of them
// (an anonymous PUT /<db> once an admin exists) throws outside any handler and ends the process.
// So the rule here is an allow-list: anonymous requests reach only the welcome and _session, and
// server-wide or database-wide operations need a server admin.

const READS = new Set(['GET', 'HEAD']);

// Per-database endpoints only a database admin may use (CouchDB 3 has no _temp_view at all;
// in express-pouchdb it would run a member's function inside the server process).
const DB_ADMIN_ENDPOINTS = new Set(['_temp_view', '_compact', '_view_cleanup', '_purge', '_revs_limit']);

const unauthorized = (reason) => ({ status: 401, body: { error: 'unauthorized', reason } });
const NEEDS_LOGIN = unauthorized('Authentication required.');
const NOT_SERVER_ADMIN = unauthorized('You are not a server admin.');
const NOT_DB_ADMIN = unauthorized('You are not a db or server admin.');

/** Splits the path below /couchdb into decoded segments; null when it cannot be decoded. */
export function pathSegments(path) {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/**
 * Decides a request: null lets it through to express-pouchdb, otherwise { status, body } is the
 * answer. userCtx is express-pouchdb's session ({ name, roles }) for the request's cookie or
 * basic-auth credentials; name is null without a valid session.
 */
export function guardDecision(method, path, userCtx) {
  const segments = pathSegments(path);
  if (segments === null) return { status: 400, body: { error: 'bad_request', reason: 'Malformed path.' } };
  const name = userCtx?.name ?? null;
  const roles = userCtx?.roles ?? [];
  const [first, second] = segments;

  if (segments.length === 0) return READS.has(method) ? null : NOT_SERVER_ADMIN;
  if (first === '_session' && segments.length === 1) return null;
  if (!name) return NEEDS_LOGIN;
  if (roles.includes('_admin')) return null;

  if (first === '_uuids' && READS.has(method)) return null;
  // A user may read their own user document (CouchDB allows that too); the rest of _users,
  // including every listing, is for server admins.
  if (first === '_users' && segments.length === 2 && second === `org.couchdb.user:${name}` && READS.has(method)) return null;
  if (first.startsWith('_')) return NOT_SERVER_ADMIN;

  // Creating or deleting a database.
  if (segments.length === 1 && !READS.has(method) && method !== 'POST') return NOT_SERVER_ADMIN;
  if (second !== undefined && DB_ADMIN_ENDPOINTS.has(second)) return NOT_DB_ADMIN;
  if (second === '_security' && !READS.has(method)) return NOT_DB_ADMIN;
  return null;
}

/** Express middleware; must run after express-pouchdb has put the session on req.couchSession. */
export function guardMiddleware(req, res, next) {
  const decision = guardDecision(req.method, req.path, req.couchSession?.userCtx);
  if (decision === null) {
    next();
    return;
  }
  res.status(decision.status).json(decision.body);
}
