import { readEverything } from '../db/health';

/** Saves whatever IndexedDB still gives as a JSON file; the count says how much was saved. */
export async function downloadEmergencyExport(databaseName: string, now: Date): Promise<number | null> {
  const data = await readEverything(databaseName, 10_000);
  if (!data) return null;
  const count = Object.values(data).reduce((sum, records) => sum + records.length, 0);
  const file = { format: 'fidelio-emergency-export', version: 1, exportedAt: now.toISOString(), data };
  const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `fidelio-emergency-${now.toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return count;
}
