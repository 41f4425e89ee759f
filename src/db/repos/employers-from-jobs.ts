import * as z from 'zod/mini';
import { isLive } from '../../domain/records/base';
import type { Employer } from '../../domain/records/employers';
import type { FidelioDb } from '../app-db';
import { toTimestamp } from '../ids';
import { EMPLOYERS_FROM_JOBS_KEY, type EmployersFromJobsNotice } from '../link-job-employers';

/*
 * The employers the schema-10 upgrade created from jobs' free-text employer names (issue 15:
 * "existing jobs matched by name once, with the unmatched listed for the team leader"). They stay
 * on the employers screen until each is merged into the right employer or marked as checked.
 */

const NoticeSchema = z.object({
  linkedAt: z.string(),
  matched: z.number(),
  created: z.array(z.object({ serviceId: z.string(), employerId: z.string(), name: z.string() })),
  dismissedAt: z.nullable(z.string()),
  checked: z.optional(z.array(z.object({ employerId: z.string(), at: z.string() }))),
});

async function readNotice(db: FidelioDb): Promise<EmployersFromJobsNotice | null> {
  const parsed = NoticeSchema.safeParse((await db.meta.get(EMPLOYERS_FROM_JOBS_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** The service's employers created from jobs that are still in the directory and not yet checked, by name. */
export async function listEmployersFromJobs(db: FidelioDb, serviceId: string): Promise<Employer[]> {
  const notice = await readNotice(db);
  if (!notice || notice.dismissedAt !== null) return [];
  const checked = new Set((notice.checked ?? []).map((entry) => entry.employerId));
  const ids = notice.created.filter((entry) => entry.serviceId === serviceId && !checked.has(entry.employerId)).map((e) => e.employerId);
  const employers = await db.employers.bulkGet(ids);
  return employers
    .filter((employer): employer is Employer => employer !== undefined && employer.serviceId === serviceId && isLive(employer))
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/** The team leader checked this created employer and keeps it: it leaves the list (on this device). */
export async function markEmployerFromJobsChecked(db: FidelioDb, employerId: string, now: Date): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const notice = await readNotice(db);
    if (!notice || (notice.checked ?? []).some((entry) => entry.employerId === employerId)) return;
    const checked = [...(notice.checked ?? []), { employerId, at: toTimestamp(now) }];
    await db.meta.put({ key: EMPLOYERS_FROM_JOBS_KEY, value: { ...notice, checked } satisfies EmployersFromJobsNotice });
  });
}
