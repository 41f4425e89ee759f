// Checks a team.json before anything is sent to a server, with every problem named at once, so a
// half-right file never leaves a half-made team behind.
import { SERVICE_ROLES, serviceDbName } from './validation.mjs';

export const MIN_PASSWORD_LENGTH = 8;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasControl = (text) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

function checkServices(services, problems) {
  if (!Array.isArray(services) || services.length === 0) {
    problems.push('"services" must be a list with at least one service: [{ "id": "…", "name": "…" }].');
    return new Set();
  }
  const ids = new Set();
  const dbNames = new Map();
  services.forEach((service, index) => {
    const where = `services[${index}]`;
    if (!isObject(service)) {
      problems.push(`${where} must be an object with "id" and "name".`);
      return;
    }
    const { id, name } = service;
    if (typeof id !== 'string' || id.length === 0 || id.length > 64 || hasControl(id)) {
      problems.push(`${where}.id must be the service's id from the app (1–64 characters).`);
    } else if (ids.has(id)) {
      problems.push(`${where}.id "${id}" appears twice.`);
    } else {
      ids.add(id);
      const db = serviceDbName(id);
      if (dbNames.has(db)) problems.push(`${where}.id "${id}" and "${dbNames.get(db)}" would share the database ${db}.`);
      dbNames.set(db, id);
    }
    if (typeof name !== 'string' || name.trim().length === 0 || name.length > 200) {
      problems.push(`${where}.name must be the service's name (1–200 characters).`);
    }
  });
  return ids;
}

function checkUser(user, where, serviceIds, names, problems) {
  if (!isObject(user)) {
    problems.push(`${where} must be an object with "name", "password" and "services".`);
    return;
  }
  const { name, password, services } = user;
  if (typeof name !== 'string' || !/^[^_:\s][^:\s]{0,99}$/u.test(name)) {
    problems.push(`${where}.name must be a user name without spaces or ":" that does not start with "_".`);
  } else if (names.has(name)) {
    problems.push(`${where}.name "${name}" appears twice.`);
  } else {
    names.add(name);
  }
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    problems.push(`${where}.password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (!isObject(services) || Object.keys(services).length === 0) {
    problems.push(`${where}.services must name at least one service: { "<service id>": ["coach"] }.`);
    return;
  }
  for (const [serviceId, roles] of Object.entries(services)) {
    if (!serviceIds.has(serviceId)) problems.push(`${where}.services: "${serviceId}" is not one of the file's services.`);
    if (!Array.isArray(roles) || roles.some((role) => !SERVICE_ROLES.includes(role))) {
      problems.push(`${where}.services["${serviceId}"] must be a list of roles from: ${SERVICE_ROLES.join(', ')} (empty = member only).`);
    }
  }
}

/** Every problem in a parsed team.json, in words; an empty list means it can be applied. */
export function teamProblems(team) {
  if (!isObject(team)) return ['The team file must be a JSON object with "services" and "users".'];
  const problems = [];
  const serviceIds = checkServices(team.services, problems);
  if (!Array.isArray(team.users)) {
    problems.push('"users" must be a list: [{ "name": "…", "password": "…", "services": { "<service id>": ["coach"] } }].');
  } else {
    const names = new Set();
    team.users.forEach((user, index) => checkUser(user, `users[${index}]`, serviceIds, names, problems));
  }
  const known = new Set(['services', 'users']);
  for (const key of Object.keys(team)) if (!known.has(key)) problems.push(`Unknown field "${key}" in the team file.`);
  return problems;
}
