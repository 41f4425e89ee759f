import { ReferralSourceSchema, type ReferralSource } from '../../domain/records/caseload';
import type { FidelioDb } from '../app-db';
import { CaseloadRuleError } from '../caseload-errors';
import { RecordNotFoundError } from '../errors';
import { newId, toTimestamp } from '../ids';
import { validated } from '../validate';

/** Adds a referral source of the service's own; names are unique within the service (case-insensitive). */
export async function addReferralSource(db: FidelioDb, serviceId: string, name: string, now: Date): Promise<string> {
  const id = newId();
  const at = toTimestamp(now);
  await db.transaction('rw', [db.services, db.referralSources], async () => {
    const service = await db.services.get(serviceId);
    if (!service || service.deletedAt) throw new RecordNotFoundError('services', serviceId);
    const source = validated(ReferralSourceSchema, 'referralSources', {
      id,
      serviceId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      name,
    } satisfies ReferralSource);
    const key = source.name.toLocaleLowerCase('fi');
    const clash = await db.referralSources
      .where('serviceId')
      .equals(serviceId)
      .filter((other) => other.deletedAt === null && other.name.toLocaleLowerCase('fi') === key)
      .count();
    if (clash > 0) throw new CaseloadRuleError('referralSources', 'name', 'duplicate-source');
    await db.referralSources.add(source);
  });
  return id;
}

/**
 * Removes the source from the choices (a tombstone). Clients referred from it keep pointing at
 * the record, so their referral source still shows its name.
 */
export async function removeReferralSource(db: FidelioDb, id: string, now: Date): Promise<void> {
  await db.transaction('rw', db.referralSources, async () => {
    const existing = await db.referralSources.get(id);
    if (!existing || existing.deletedAt) throw new RecordNotFoundError('referralSources', id);
    const at = toTimestamp(now);
    await db.referralSources.put({ ...existing, deletedAt: at, updatedAt: at });
  });
}
