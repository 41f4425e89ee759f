// What a team database accepts (docs/sync-contract.md): the names of the per-service
// databases and roles, and the validate_doc_update function the server runs on every write.
// Plain HTTP clients (setup.mjs) and the tests share these so that both sides name things alike.

/** The tables that travel to the team server; the device's list is src/db/sync/synced-tables.ts. */
export const SYNCED_TABLES = [
  'services',
  'reviews',
  'ratings',
  'recommendations',
  'staff',
  'clients',
  'phaseChanges',
  'assignments',
  'jobs',
  'referralSources',
  'recommendationFollowUps',
  'reviewerRatings',
  'reviewerStatuses',
  'employers',
  'employerContactPeople',
  'employerContacts',
  'reviewEvidence',
  'ratingSuggestions',
  'staffAbsences',
];

/** A reviewer's own records: only their owner may write them. */
export const OWNED_TABLES = ['reviewerRatings', 'reviewerStatuses'];

/** Roles a team.json may give a user in a service, on top of membership. */
export const SERVICE_ROLES = ['lead', 'coach', 'reviewer', 'manager'];

export const DESIGN_DOC_ID = '_design/fidelio';

/** CouchDB database names allow only [a-z0-9_$()+-/] and must start with a letter. */
export function serviceDbName(serviceId) {
  return (
    'fidelio-service-' +
    String(serviceId)
      .toLowerCase()
      .replace(/[^a-z0-9_$()+-]/g, '_')
  );
}

export function serviceRole(serviceId, role) {
  return `fidelio:${serviceId}:${role}`;
}

export function serviceSecurity(serviceId) {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [serviceRole(serviceId, 'member')] } };
}

// The template runs inside CouchDB (SpiderMonkey or QuickJS) and inside express-pouchdb's
// vm sandbox in strict mode: ES5 only, no closures over this module, no instanceof across realms.
// The placeholders are replaced by JSON literals in validationSource().
const TEMPLATE = `function (newDoc, oldDoc, userCtx) {
  var SERVICE_ID = __SERVICE_ID__;
  var TABLES = __TABLES__;
  var OWNED = __OWNED__;
  var roles = (userCtx && userCtx.roles) || [];
  function refuse(reason) {
    throw { forbidden: reason };
  }
  function isOwned(doc) {
    return !!doc && OWNED.indexOf(doc.table) !== -1;
  }
  if (roles.indexOf('_admin') !== -1) {
    return;
  }
  if (roles.indexOf('fidelio:' + SERVICE_ID + ':member') === -1) {
    refuse('You are not a member of this service.');
  }
  if (newDoc._deleted) {
    if (isOwned(oldDoc) && oldDoc.owner !== userCtx.name) {
      refuse('Only ' + oldDoc.owner + ' may remove their own ' + oldDoc.table + '.');
    }
    return;
  }
  var table = newDoc.table;
  if (typeof table !== 'string' || TABLES.indexOf(table) === -1) {
    refuse('Unknown table: ' + table + '.');
  }
  var record = newDoc.record;
  if (!record || typeof record !== 'object' || Object.prototype.toString.call(record) !== '[object Object]') {
    refuse('The document has no record.');
  }
  if (typeof record.id !== 'string' || record.id.length === 0) {
    refuse('The record has no id.');
  }
  if (newDoc._id !== table + ':' + record.id) {
    refuse('The document id must be ' + table + ':' + record.id + '.');
  }
  if (record.serviceId !== SERVICE_ID) {
    refuse('The record belongs to another service.');
  }
  if (typeof newDoc.schema !== 'number' || newDoc.schema < 1 || Math.floor(newDoc.schema) !== newDoc.schema) {
    refuse('The schema version must be a positive integer.');
  }
  if (typeof record.createdAt !== 'string' || typeof record.updatedAt !== 'string') {
    refuse('The record needs createdAt and updatedAt.');
  }
  if (table === 'services' && record.id !== SERVICE_ID) {
    refuse('A service database holds only its own service.');
  }
  if (table === 'ratings' || table === 'reviewerRatings') {
    var score = record.score;
    if (score !== null && (typeof score !== 'number' || Math.floor(score) !== score || score < 1 || score > 5)) {
      refuse('A score is empty or a whole number from 1 to 5.');
    }
    if (typeof record.itemId !== 'string') {
      refuse('A rating needs its item.');
    }
  }
  if (OWNED.indexOf(table) !== -1) {
    if (newDoc.owner !== userCtx.name) {
      refuse('A reviewer writes only their own ' + table + '.');
    }
    if (oldDoc && oldDoc.owner !== userCtx.name) {
      refuse('These ' + table + ' belong to ' + oldDoc.owner + '.');
    }
  }
}`;

// JSON is not quite a subset of ES5: U+2028 and U+2029 end a line inside an ES5 string literal.
function es5Literal(value) {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The validate_doc_update function of one service's database, as source text. */
export function validationSource(serviceId) {
  return TEMPLATE.replace('__SERVICE_ID__', es5Literal(String(serviceId)))
    .replace('__TABLES__', es5Literal(SYNCED_TABLES))
    .replace('__OWNED__', es5Literal(OWNED_TABLES));
}

export function designDoc(serviceId) {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validationSource(serviceId) };
}
