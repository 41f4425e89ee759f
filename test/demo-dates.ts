import { addDays, toIsoDate } from '../src/domain/dates';
import { demoPresent } from '../src/domain/demo/demo-present';

/**
 * Where a day of the demo's own 2021–22 history lands when the demo is loaded at `loadedAt`
 * (issue 15: the demo lives in the present, moved forward by whole weeks).
 */
export function demoDay(historicDay: string, loadedAt: Date): string {
  return addDays(historicDay, demoPresent(toIsoDate(loadedAt)).offsetDays);
}

/** A demo day as the Finnish UI writes it, e.g. 11.10.2022. */
export function demoDayFi(historicDay: string, loadedAt: Date): string {
  const [y, m, d] = demoDay(historicDay, loadedAt).split('-').map(Number);
  return `${d}.${m}.${y}`;
}
