import { isLegacyJob, linkJobsToEmployers, type LegacyJob } from '../../domain/employers/job-employers';
import type { Employer } from '../../domain/records/employers';
import type { FidelioDb } from '../app-db';
import type { Arrival } from './arrival-check';

/*
 * Record format 2 → 3 on arrival (issue 15): a job sent by a device that has not yet updated names
 * its employer as text. It is linked here the way that device's own upgrade will link it: to the
 * live employer of the same name, else to an entry whose id follows from the service and the name
 * (../../domain/employers/job-employers.ts). Such an entry is written here unmarked, like anything
 * that arrived: the updated device creates and sends the same record. Runs inside applyChanges'
 * transaction; the linked job then passes the arrival check like any other record.
 */
export async function linkArrivedJobs(remote: FidelioDb, serviceId: string, arrivals: Iterable<Arrival>): Promise<void> {
  const batch = [...arrivals];
  const legacy = batch.filter((arrival) => arrival.table === 'jobs' && isLegacyJob(arrival.record));
  if (legacy.length === 0) return;
  // The employers of the same batch count as stored: they are written with it.
  const arriving = new Map(batch.filter((a) => a.table === 'employers').map((a) => [String(a.record.id), a.record as unknown as Employer]));
  const stored = (await remote.employers.where('serviceId').equals(serviceId).toArray()).filter((e) => !arriving.has(e.id));
  const employers = [...stored, ...arriving.values()];
  const { jobs, created } = linkJobsToEmployers(
    legacy.map((arrival) => arrival.record as unknown as LegacyJob),
    employers,
  );
  const known = new Set(employers.map((employer) => employer.id));
  const added = created.filter((employer) => !known.has(employer.id));
  if (added.length > 0) await remote.employers.bulkAdd(added);
  legacy.forEach((arrival, index) => {
    arrival.record = jobs[index]! as unknown as Record<string, unknown>;
  });
}
