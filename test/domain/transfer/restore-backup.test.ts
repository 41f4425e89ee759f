import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCALE } from '../../../src/domain/fidelity/built-in-scale';
import { BACKUP_VERSION, type BackupProblem } from '../../../src/domain/transfer/backup-format';
import { readBackupBytes, restoreBackup } from '../../../src/domain/transfer/restore-backup';

const bytes = (text: string) => new TextEncoder().encode(text);
const FIXTURE_V1 = new Uint8Array(readFileSync(path.resolve('test/fixtures/backups/fidelio-backup-v1.json')));

const AT = '2025-03-10T09:00:00.000Z';
const service = (overrides: Record<string, unknown> = {}) => ({
  id: 's1',
  serviceId: 's1',
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  name: 'Kätevä',
  organisation: '',
  region: '',
  notes: '',
  ...overrides,
});
const file = (data: unknown, envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'fidelio-backup', version: 1, exportedAt: AT, data, ...envelope });

function problemsOf(text: string | Uint8Array): BackupProblem[] {
  const result = readBackupBytes(typeof text === 'string' ? bytes(text) : text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('reading a backup file', () => {
  it('accepts a good file and returns its records', () => {
    const result = readBackupBytes(bytes(file({ services: [service()] })));
    expect(result.ok && result.backup.data.services).toEqual([service()]);
  });

  it('imports the version-1 fixture (every released version keeps importing)', () => {
    const result = readBackupBytes(FIXTURE_V1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.version).toBe(BACKUP_VERSION);
    expect(result.backup.data.services).toHaveLength(2);
    expect(result.backup.data.ratings).toHaveLength(25);
    expect(result.backup.data.recommendations?.[0]).toMatchObject({ text: '=Pidä asiakasmäärä alle 20', priority: 'high' });
    expect(result.backup.data.scales?.[0]).toMatchObject({ key: 'ips-25@1' });
  });

  it('accepts the built-in scale with its Swedish wording (issue 18), as every backup now holds it', () => {
    const result = readBackupBytes(bytes(file({ scales: [BUILT_IN_SCALE] })));
    expect(result.ok && result.backup.data.scales?.[0]).toEqual(BUILT_IN_SCALE);
  });

  it('refuses empty, truncated, non-JSON and non-UTF-8 files', () => {
    expect(problemsOf('')).toEqual([{ code: 'empty' }]);
    expect(problemsOf('  \n')).toEqual([{ code: 'empty' }]);
    expect(problemsOf(file({ services: [service()] }).slice(0, 80))).toEqual([{ code: 'truncated' }]);
    expect(problemsOf('name;organisation\nKätevä;Jyväskylä')).toEqual([{ code: 'not-json' }]);
    expect(problemsOf(new Uint8Array([0x7b, 0x22, 0xc4, 0xe4, 0x22, 0x7d]))).toEqual([{ code: 'not-utf8' }]); // Windows-1252 "Ää"
    expect(problemsOf(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]))).toEqual([{ code: 'not-utf8' }]); // UTF-16 LE
  });

  it('allows a UTF-8 byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(file({}))]);
    expect(readBackupBytes(withBom).ok).toBe(true);
  });

  it('refuses other formats, bad and future versions, and a broken envelope', () => {
    expect(problemsOf('[1,2]')).toEqual([{ code: 'not-object' }]);
    expect(problemsOf(file({}, { format: 'excalidraw' }))).toEqual([{ code: 'wrong-format', format: 'excalidraw' }]);
    expect(problemsOf(JSON.stringify({ version: 1, data: {} }))).toEqual([{ code: 'wrong-format', format: '' }]);
    expect(problemsOf(file({}, { version: 0 }))).toEqual([{ code: 'bad-version' }]);
    expect(problemsOf(file({}, { version: '1' }))).toEqual([{ code: 'bad-version' }]);
    expect(problemsOf(file({}, { version: BACKUP_VERSION + 1 }))).toEqual([
      { code: 'future-version', version: BACKUP_VERSION + 1, supported: BACKUP_VERSION },
    ]);
    expect(problemsOf(file([], { exportedAt: 'yesterday', extra: 1 }))).toEqual([
      { code: 'unknown-field', field: 'extra' },
      { code: 'bad-exported-at' },
      { code: 'no-data' },
    ]);
  });

  it('refuses unknown tables and tables that are not lists', () => {
    expect(problemsOf(file({ payments: [], services: {} }))).toEqual([
      { code: 'unknown-table', table: 'payments' },
      { code: 'not-a-list', table: 'services' },
    ]);
  });

  it('lists every invalid record with its table, index, id, field and reason', () => {
    const problems = problemsOf(
      file({
        services: [service(), service({ id: 's2', name: '', isAdmin: true }), service({ id: 's3', createdAt: undefined, notes: 5 })],
        reviews: [{ id: 'r1' }],
      }),
    );
    expect(problems).toContainEqual({
      code: 'invalid-record',
      table: 'services',
      index: 1,
      id: 's2',
      path: 'name',
      reason: 'too-short',
      min: 1,
    });
    expect(problems).toContainEqual({
      code: 'invalid-record',
      table: 'services',
      index: 1,
      id: 's2',
      path: 'isAdmin',
      reason: 'unknown-field',
    });
    expect(problems).toContainEqual({
      code: 'invalid-record',
      table: 'services',
      index: 2,
      id: 's3',
      path: 'createdAt',
      reason: 'missing',
    });
    expect(problems).toContainEqual({
      code: 'invalid-record',
      table: 'services',
      index: 2,
      id: 's3',
      path: 'notes',
      reason: 'wrong-type',
      expected: 'string',
    });
    expect(problems.filter((p) => p.code === 'invalid-record' && p.table === 'reviews').length).toBeGreaterThan(5);
    expect(problems.some((p) => p.code === 'invalid-record' && p.index === 0 && p.table === 'services')).toBe(false);
  });

  it('reports enum values, formats and duplicate ids', () => {
    const problems = problemsOf(file({ services: [service(), service({ updatedAt: '10.3.2025' })], reviews: [] }));
    expect(problems).toContainEqual({
      code: 'invalid-record',
      table: 'services',
      index: 1,
      id: 's1',
      path: 'updatedAt',
      reason: 'bad-format',
      format: 'datetime',
    });
    expect(problemsOf(file({ services: [service(), service()] }))).toEqual([
      { code: 'invalid-record', table: 'services', index: 1, id: 's1', path: 'id', reason: 'duplicate-id' },
    ]);
  });
});

describe('prototype pollution (reliability.md #28)', () => {
  it('never touches Object.prototype and rejects the records that carried such keys', () => {
    const text = `{"format":"fidelio-backup","version":1,"exportedAt":"${AT}","__proto__":{"isAdmin":true},"data":{"services":[
      {"id":"s1","serviceId":"s1","createdAt":"${AT}","updatedAt":"${AT}","deletedAt":null,"name":"A","organisation":"","region":"","notes":"",
       "__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}]}}`;
    const problems = problemsOf(text);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(problems).toEqual([
      { code: 'invalid-record', table: 'services', index: 0, id: 's1', path: '__proto__', reason: 'forbidden-key' },
      { code: 'invalid-record', table: 'services', index: 0, id: 's1', path: 'constructor', reason: 'forbidden-key' },
    ]);
  });

  it('catches such keys written with \\u escapes, which the fast parse without the reviver would miss', () => {
    const text = `{"format":"fidelio-backup","version":1,"exportedAt":"${AT}","data":{"services":[
      {"id":"s1","serviceId":"s1","createdAt":"${AT}","updatedAt":"${AT}","deletedAt":null,"name":"A","organisation":"","region":"","notes":"",
       "\\u005f_proto__":{"isAdmin":true},"\\u0063onstructor":1}]}}`;
    expect(problemsOf(text)).toEqual([
      { code: 'invalid-record', table: 'services', index: 0, id: 's1', path: '__proto__', reason: 'forbidden-key' },
      { code: 'invalid-record', table: 'services', index: 0, id: 's1', path: 'constructor', reason: 'forbidden-key' },
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('accepts the words as text and other \\u escapes (the careful parse runs and finds nothing)', () => {
    const notes = 'constructor, prototype and __proto__ are words; \u0007 is a bell';
    const result = readBackupBytes(bytes(file({ services: [service({ notes })] })));
    expect(result.ok && result.backup.data.services?.[0]?.notes).toBe(notes);
  });

  it('drops such keys from an object even when it is checked without the reviver', () => {
    const parsed: unknown = JSON.parse(`{"format":"fidelio-backup","version":1,"exportedAt":"${AT}","data":{"__proto__":[]}}`);
    const result = restoreBackup(parsed);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });
});

describe('a large bad file (issue 14 #7)', () => {
  it('issue 14 #7: a backup with 30,000 bad records lists the first 100 problems with the total count, without overflowing', () => {
    // Each record has eight bad fields: 240,000 problems, once pushed with one spread (RangeError).
    const bad = Array.from({ length: 30_000 }, (_, i) => ({
      id: `s${i}`,
      serviceId: 1,
      createdAt: 2,
      updatedAt: 3,
      deletedAt: 4,
      name: 5,
      organisation: 6,
      region: 7,
      notes: 8,
    }));
    const result = restoreBackup({ format: 'fidelio-backup', version: 1, exportedAt: AT, data: { services: bad } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.problemCount).toBe(240_000);
    expect(result.problems[0]).toMatchObject({ code: 'invalid-record', table: 'services', index: 0, id: 's0', path: 'serviceId' });
  });

  it('issue 14 #9: timestamps with an offset arrive as the same instant in UTC', () => {
    const result = readBackupBytes(bytes(file({ services: [service({ updatedAt: '2025-03-10T10:00:00+14:00' })] })));
    expect(result.ok && result.backup.data.services?.[0]?.updatedAt).toBe('2025-03-09T20:00:00.000Z');
  });
});
