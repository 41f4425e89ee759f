import type { Table } from 'dexie';
import type { SyncFields } from '../../domain/records/base';

/**
 * Marks every live record whose `index` equals `value` as deleted. Records already tombstoned
 * keep their original deletedAt, so the time of the first delete is what travels to other devices.
 * Call it inside the caller's transaction.
 */
export async function tombstoneWhere<T extends SyncFields, TInsert>(
  table: Table<T, string, TInsert>,
  index: 'serviceId' | 'reviewId',
  value: string,
  at: string,
): Promise<number> {
  return table
    .where(index)
    .equals(value)
    .filter((record) => record.deletedAt === null)
    .modify((record) => {
      record.deletedAt = at;
      record.updatedAt = at;
    });
}
