// Creates or brings up to date a team on a CouchDB-protocol server from a team.json: one database
// per service with its _security and validation, the service's own record, and the users with
// their roles. Plain HTTP only (fetch), so the same code sets up Apache CouchDB 3.x and the
// development server. Running it again changes nothing that is already right.
import { DESIGN_DOC_ID, designDoc, serviceDbName, serviceRole, serviceSecurity, SERVICE_ROLES } from './validation.mjs';
import { teamProblems } from './team-file.mjs';

export class TeamSetupError extends Error {}

/** Splits "http://name:password@host/couchdb" into a base URL and an Authorization header. */
export function adminConnection(adminUrl, fallback = {}) {
  let url;
  try {
    url = new URL(adminUrl);
  } catch {
    throw new TeamSetupError(`Not a URL: ${adminUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TeamSetupError(`The admin URL must start with http:// or https://, not ${url.protocol}`);
  const name = url.username ? decodeURIComponent(url.username) : fallback.name;
  const password = url.password ? decodeURIComponent(url.password) : fallback.password;
  if (!name || !password) throw new TeamSetupError('The admin URL has no admin name and password (http://admin:password@host/couchdb).');
  url.username = '';
  url.password = '';
  const base = url.href.replace(/\/+$/, '');
  return { base, authorization: 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64') };
}

function client({ base, authorization }) {
  async function request(method, path, body, headers = { authorization }) {
    let response;
    try {
      response = await fetch(base + path, {
        method,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new TeamSetupError(`Cannot reach ${base}: ${error.cause?.message ?? error.message}`);
    }
    const text = await response.text();
    let json = null;
    try {
      if (text) json = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    return { status: response.status, json };
  }
  async function expect(method, path, body, okStatuses) {
    const answer = await request(method, path, body);
    if (okStatuses.includes(answer.status)) return answer;
    if (answer.status === 401) throw new TeamSetupError(`The server refused the admin's name or password (${method} ${path}).`);
    const reason = answer.json?.reason ?? answer.json?.error ?? 'no reason given';
    throw new TeamSetupError(`${method} ${path} failed with ${answer.status}: ${reason}`);
  }
  return { request, expect };
}

const enc = encodeURIComponent;
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function setupService(http, service, now) {
  const db = serviceDbName(service.id);
  const result = { id: service.id, db, database: 'unchanged', security: 'unchanged', validation: 'unchanged', serviceRecord: 'unchanged' };
  const created = await http.expect('PUT', `/${db}`, undefined, [201, 202, 412]);
  if (created.status !== 412) result.database = 'created';

  const security = serviceSecurity(service.id);
  const currentSecurity = (await http.expect('GET', `/${db}/_security`, undefined, [200])).json ?? {};
  if (!sameJson({ admins: currentSecurity.admins, members: currentSecurity.members }, security)) {
    await http.expect('PUT', `/${db}/_security`, security, [200]);
    result.security = 'set';
  }

  const wanted = designDoc(service.id);
  const current = await http.expect('GET', `/${db}/${DESIGN_DOC_ID}`, undefined, [200, 404]);
  if (
    current.status === 404 ||
    current.json.validate_doc_update !== wanted.validate_doc_update ||
    current.json.language !== wanted.language
  ) {
    const rev = current.status === 200 ? { _rev: current.json._rev } : {};
    await http.expect('PUT', `/${db}/${DESIGN_DOC_ID}`, { ...current.json, ...wanted, ...rev }, [201, 202]);
    result.validation = 'set';
  }

  // The device learns the service's name from its record; once it exists, the app owns it.
  const recordId = `services:${service.id}`;
  const record = await http.expect('GET', `/${db}/${enc(recordId)}`, undefined, [200, 404]);
  if (record.status === 404) {
    const body = {
      _id: recordId,
      table: 'services',
      schema: 1,
      record: {
        id: service.id,
        serviceId: service.id,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        name: service.name.trim(),
        organisation: '',
        region: '',
        notes: '',
      },
    };
    await http.expect('PUT', `/${db}/${enc(recordId)}`, body, [201, 202]);
    result.serviceRecord = 'created';
  } else if (record.json?.record?.name !== service.name.trim()) {
    result.serviceRecord = `kept (the app calls it "${record.json?.record?.name}")`;
  }
  return result;
}

/** The user's roles: their fidelio roles for the file's services replaced, any other role kept. */
function rolesFor(user, serviceIds, existingRoles = []) {
  const ours = (role) => serviceIds.some((id) => role.startsWith(`fidelio:${id}:`));
  const roles = existingRoles.filter((role) => !ours(role));
  for (const [serviceId, serviceRoles] of Object.entries(user.services)) {
    roles.push(serviceRole(serviceId, 'member'));
    for (const role of SERVICE_ROLES) if (serviceRoles.includes(role)) roles.push(serviceRole(serviceId, role));
  }
  return roles;
}

async function passwordWorks(http, name, password) {
  const answer = await http.request('POST', '/_session', { name, password }, {});
  return answer.status === 200 && answer.json?.ok === true;
}

async function setupUser(http, user, serviceIds) {
  const path = `/_users/${enc(`org.couchdb.user:${user.name}`)}`;
  const current = await http.expect('GET', path, undefined, [200, 404]);
  if (current.status === 404) {
    const roles = rolesFor(user, serviceIds);
    await http.expect(
      'PUT',
      path,
      { _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles, password: user.password },
      [201, 202],
    );
    return { name: user.name, action: 'created', roles };
  }
  const existing = current.json;
  const roles = rolesFor(user, serviceIds, existing.roles);
  const rolesChanged = !sameJson([...roles].sort(), [...(existing.roles ?? [])].sort());
  const passwordChanged = !(await passwordWorks(http, user.name, user.password));
  if (!rolesChanged && !passwordChanged) return { name: user.name, action: 'unchanged', roles };
  const body = { ...existing, roles, ...(passwordChanged ? { password: user.password } : {}) };
  await http.expect('PUT', path, body, [201, 202]);
  const changed = [rolesChanged && 'roles', passwordChanged && 'password'].filter(Boolean).join(' and ');
  return { name: user.name, action: `updated ${changed}`, roles };
}

// Users who still hold roles in the file's services but are no longer in it: reported, not
// removed, because a partial file must not lock a team out.
async function usersNotInFile(http, team, serviceIds) {
  const listed = new Set(team.users.map((user) => user.name));
  const all = await http.expect('GET', '/_users/_all_docs?include_docs=true', undefined, [200]);
  return (all.json.rows ?? [])
    .map((row) => row.doc)
    .filter((doc) => doc && doc.type === 'user' && !listed.has(doc.name))
    .filter((doc) => (doc.roles ?? []).some((role) => serviceIds.some((id) => role.startsWith(`fidelio:${id}:`))))
    .map((doc) => doc.name);
}

/**
 * Applies a team (the parsed team.json) to the server at adminUrl (its CouchDB root, with a
 * server admin's credentials in the URL or in options.admin). Throws TeamSetupError with every
 * problem of the file before sending anything. Returns what was done.
 * @returns {Promise<{services: object[], users: object[], warnings: string[]}>}
 */
export async function setupTeam(adminUrl, team, options = {}) {
  const problems = teamProblems(team);
  if (problems.length > 0) throw new TeamSetupError(`The team file has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  const http = client(adminConnection(adminUrl, options.admin));
  const now = (options.now ?? new Date()).toISOString();

  const session = await http.expect('GET', '/_session', undefined, [200]);
  if (!session.json?.userCtx?.roles?.includes('_admin'))
    throw new TeamSetupError('The admin URL must name a server admin (the server did not accept it as one).');

  const services = [];
  for (const service of team.services) services.push(await setupService(http, service, now));
  const serviceIds = team.services.map((service) => service.id);
  const users = [];
  for (const user of team.users) users.push(await setupUser(http, user, serviceIds));
  const strays = await usersNotInFile(http, team, serviceIds);
  const warnings = strays.map(
    (name) => `User "${name}" is not in the team file but still has roles in its services; remove them on the server if they left.`,
  );
  return { services, users, warnings };
}
