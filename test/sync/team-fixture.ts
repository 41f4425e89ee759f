// A small team on two services for the team-server tests, and documents as devices write them
// (docs/sync-contract.md: { _id: '<table>:<id>', table, schema, record, owner? }).
import type { TeamFile } from '../../scripts/team-server/setup.mjs';
import type { TestDoc } from './pouch.mjs';

export const KATEVA = '0b7c3b9e-5d7a-4c3e-9f0e-2b1d7c6a5e11';
export const POLKU = '7f3e2a10-91c4-4b8d-a6f2-c0d9e8b7a622';

export const ADMIN = { name: 'county-admin', password: 'admin-password-1' };
export const COACH = { name: 'anna', password: 'anna-password-1' };
export const REVIEWER_1 = { name: 'ville', password: 'ville-password-1' };
export const REVIEWER_2 = { name: 'sari', password: 'sari-password-1' };
/** A coach of another service: a non-member of Kätevä. */
export const OUTSIDER = { name: 'olli', password: 'olli-password-1' };

export function team(): TeamFile {
  return {
    services: [
      { id: KATEVA, name: 'Kätevä' },
      { id: POLKU, name: 'Polku' },
    ],
    users: [
      { ...COACH, services: { [KATEVA]: ['coach', 'lead'] } },
      { ...REVIEWER_1, services: { [KATEVA]: ['reviewer'] } },
      { ...REVIEWER_2, services: { [KATEVA]: ['reviewer'] } },
      { ...OUTSIDER, services: { [POLKU]: ['coach'] } },
    ],
  };
}

const AT = '2026-12-05T10:00:00.000Z';

export function syncDoc(table: string, id: string, fields: Record<string, unknown> = {}, extra: Partial<TestDoc> = {}): TestDoc {
  return {
    _id: `${table}:${id}`,
    table,
    schema: 1,
    record: { id, serviceId: KATEVA, createdAt: AT, updatedAt: AT, deletedAt: null, ...fields },
    ...extra,
  };
}

export const basicAuth = (user: { name: string; password: string }): string =>
  'Basic ' + Buffer.from(`${user.name}:${user.password}`).toString('base64');
