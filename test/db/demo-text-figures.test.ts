import { describe, expect, it } from 'vitest';
import { caseloadRows } from '../../src/db/caseload-queries';
import { toEvidenceInput } from '../../src/db/evidence-queries';
import { clientState } from '../../src/domain/caseload/phases';
import { daysBetween } from '../../src/domain/dates';
import { TRACKING_START } from '../../src/domain/demo/kateva-tracked-calendar';
import { buildKatevaTrackedData } from '../../src/domain/demo/kateva-tracked-data';
import { computeEvidence, type EvidenceByItem } from '../../src/domain/index';
import content from '../../src/domain/demo/kateva-demo-content.json';

/*
 * Issue 16: the demo's texts quote no figure that is no longer true. Every figure a demo note or
 * recommendation quotes from the tracked data is computed here the way the app computes it (the
 * evidence screen's computeEvidence, the register), and the text must say exactly that; a text
 * with a figure this table does not know fails too, so a new figure cannot slip in unchecked.
 */
type Locale = 'fi' | 'sv' | 'en';
const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

let next = 0;
const data = buildKatevaTrackedData({ serviceId: 'service-1', newId: () => `id-${++next}`, locale: 'fi' });
const rows = caseloadRows(data.clients, data.phaseChanges, data.assignments);
const specialists = data.staff.filter((s) => s.role === 'specialist');

/** The evidence as a review saw it: contacts logged before its first visit day (demo-evidence.ts). */
function evidence(from: string, to: string, firstDay: string): EvidenceByItem {
  const contacts = data.employerContacts.filter((c) => c.date < firstDay);
  return computeEvidence(toEvidenceInput({ contactLogReview: 'monthly', staff: data.staff, rows, jobs: data.jobs, contacts }), {
    from,
    to,
  });
}

/** Each specialist's active clients on `day`, from the dated histories as they stood that day. */
function caseloads(day: string): number[] {
  const counts = new Map<string, number>();
  for (const client of data.clients) {
    const changes = data.phaseChanges.filter((c) => c.clientId === client.id && c.date <= day);
    if (clientState(changes).status !== 'active') continue;
    const staffId = data.assignments.filter((a) => a.clientId === client.id && a.date <= day).at(-1)?.staffId ?? '';
    counts.set(staffId, (counts.get(staffId) ?? 0) + 1);
  }
  return specialists.filter((s) => s.startDate <= day).map((s) => counts.get(s.id) ?? 0);
}

const fteOn = (day: string) => specialists.filter((s) => s.startDate <= day).reduce((sum, s) => sum + s.fte, 0);

/** Face-to-face contacts a week of each specialist in the period, over their days in the service. */
function weeklyRates(from: string, to: string): number[] {
  return specialists.flatMap((s) => {
    const start = s.startDate > from ? s.startDate : from;
    const count = data.employerContacts.filter((c) => c.staffId === s.id && c.mode === 'face-to-face' && start <= c.date && c.date <= to);
    return [count.length / ((daysBetween(start, to) + 1) / 7)];
  });
}

function startedWith(from: string, to: string, source: string): [number, number] {
  const started = data.clients.filter((c) => c.startDate !== null && from <= c.startDate && c.startDate <= to);
  return [started.filter((c) => c.referralSource === `default:${source}`).length, started.length];
}

function largestEmployer(from: string, to: string): [string, number] {
  const counts = new Map<string, number>();
  for (const job of data.jobs.filter((j) => from <= j.startDate && j.startDate <= to))
    counts.set(job.employerId, (counts.get(job.employerId) ?? 0) + 1);
  const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return [data.employers.find((e) => e.id === id)?.name ?? '', count];
}

const number = (value: number, decimals: number, locale: Locale) => {
  const text = value.toFixed(decimals);
  return locale === 'en' ? text : text.replace('.', ',');
};
const percent = (value: number, locale: Locale) => `${Math.round(value)}${locale === 'en' ? '' : '\u00a0'}%`.replace('\u00a0', ' ');
const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;

const e2021 = evidence('2020-10-12', '2021-10-11', '2021-10-12');
const e2022 = evidence('2021-10-11', '2022-10-10', '2022-10-11');
const logged2021 = evidence(TRACKING_START, '2021-10-11', '2021-10-12');
const value = (e: EvidenceByItem, item: keyof EvidenceByItem) => e[item]?.value ?? NaN;
const basis = (e: EvidenceByItem, item: keyof EvidenceByItem) => String(e[item]?.basis ?? NaN);
const sumOf = (round: 'round2021' | 'round2022') => Object.values(content.items).reduce((sum, item) => sum + item[round].score, 0);

/** Text id → the exact pieces it must contain in each language, computed as described. */
const QUOTES: Record<string, (l: Locale) => string[]> = {
  // staffing-1: clients active on the period's last day per FTE (computeEvidence), each specialist's count that day.
  'items.staffing-1.round2021.notes': (l) => [
    basis(e2021, 'staffing-1'),
    number(fteOn('2021-10-11'), 1, l),
    number(value(e2021, 'staffing-1'), 1, l),
    range(caseloads('2021-10-11')),
  ],
  'items.staffing-1.round2022.notes': (l) => [
    basis(e2022, 'staffing-1'),
    number(fteOn('2022-10-10'), 1, l),
    number(value(e2022, 'staffing-1'), 1, l),
    range(caseloads('2022-10-10')),
    // The summer's holiday cover (kateva-tracked-history.ts), checked day by day in kateva-tracked-data.test.ts.
    '21',
  ],
  // organization-1: clients who started in the period by referral source (the register).
  'items.organization-1.round2021.notes': (l) => {
    const [mental, all] = startedWith('2020-10-12', '2021-10-11', 'mental-health-services');
    return [`${all}`, `${mental}`, percent((100 * mental) / all, l)];
  },
  'items.organization-1.round2022.notes': (l) => {
    const [mental, all] = startedWith('2021-10-11', '2022-10-10', 'mental-health-services');
    return [`${all}`, `${mental}`, percent((100 * mental) / all, l)];
  },
  // services-4: mean days to the first face-to-face employer contact (computeEvidence).
  'items.services-4.round2021.notes': () => [basis(e2021, 'services-4'), String(Math.round(value(e2021, 'services-4')))],
  'items.services-4.round2022.notes': () => [basis(e2022, 'services-4'), String(Math.round(value(e2022, 'services-4')))],
  // services-6: the log since it began in June 2021; in 2022 the whole period, and who stayed under three.
  'items.services-6.round2021.notes': (l) => [number(value(logged2021, 'services-6'), 1, l)],
  'items.services-6.round2022.notes': (l) => {
    const under = weeklyRates('2021-10-11', '2022-10-10').filter((rate) => rate < 3).length;
    expect(under).toBe(1); // "One specialist … stayed under three"
    const fte = specialists.find((s, i) => weeklyRates('2021-10-11', '2022-10-10')[i]! < 3)?.fte ?? NaN;
    return [number(value(e2022, 'services-6'), 1, l), number(fte, 1, l)];
  },
  // services-8, -9: jobs started in the period, their distinct types and employers (computeEvidence).
  'items.services-8.round2021.notes': (l) => [
    basis(e2021, 'services-8'),
    String(Math.round((value(e2021, 'services-8') * Number(basis(e2021, 'services-8'))) / 100)),
    percent(value(e2021, 'services-8'), l),
  ],
  'items.services-8.round2022.notes': (l) => [
    basis(e2022, 'services-8'),
    String(Math.round((value(e2022, 'services-8') * Number(basis(e2022, 'services-8'))) / 100)),
    percent(value(e2022, 'services-8'), l),
  ],
  'items.services-9.round2021.notes': (l) => {
    const [name, count] = largestEmployer('2020-10-12', '2021-10-11');
    expect(name).toBe('Jyväskylän kaupungin tukipalvelut'); // "the city's support services"
    return [
      basis(e2021, 'services-9'),
      String(Math.round((value(e2021, 'services-9') * Number(basis(e2021, 'services-9'))) / 100)),
      percent(value(e2021, 'services-9'), l),
      `${count}`,
    ];
  },
  'items.services-9.round2022.notes': (l) => [
    basis(e2022, 'services-9'),
    String(Math.round((value(e2022, 'services-9') * Number(basis(e2022, 'services-9'))) / 100)),
    percent(value(e2022, 'services-9'), l),
  ],
  // services-10: competitive among the jobs held on the period's last day (rules version 2).
  'items.services-10.round2021.notes': (l) => [
    basis(e2021, 'services-10'),
    String(Math.round((value(e2021, 'services-10') * Number(basis(e2021, 'services-10'))) / 100)),
    percent(value(e2021, 'services-10'), l),
  ],
  'items.services-10.round2022.notes': (l) => [
    basis(e2022, 'services-10'),
    String(Math.round((value(e2022, 'services-10') * Number(basis(e2022, 'services-10'))) / 100)),
    percent(value(e2022, 'services-10'), l),
  ],
  // The totals of the two reviews, summed from the demo's ratings.
  'service.notes': () => [String(sumOf('round2021')), String(sumOf('round2022')), '2021', '2022'],
};

/** Texts whose figures come from what the reviewers read, heard or aim at, not from tracked data. */
const NOT_TRACKED: Record<string, string> = {
  'items.services-1.round2022.notes': 'a sample of ten client files',
  'items.services-2.round2021.notes': 'the size of the client group interview',
  'items.services-3.round2021.notes': 'meetings per profile, from interviews',
  'items.services-5.round2021.notes': 'the reviewers’ reading of logged contacts against profiles',
  'items.services-5.round2022.notes': 'the reviewers’ reading of logged contacts against profiles',
  'items.services-13.round2021.notes': 'the specialists’ calendars',
  'items.services-13.round2022.notes': 'the specialists’ calendars',
  'rounds.0.recommendations.4.text': 'a target (30 days), the scale’s own anchor',
  'rounds.0.recommendations.6.text': 'a target share of time outside the office',
};

function texts(): [string, Record<Locale, string>][] {
  const found: [string, Record<Locale, string>][] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    if (LOCALES.every((l) => typeof (node as Record<string, unknown>)[l] === 'string')) {
      found.push([path, node as Record<Locale, string>]);
      return;
    }
    for (const [key, inner] of Object.entries(node)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(content, '');
  return found;
}

describe('the demo’s texts quote only figures the demo’s data gives (issue 16)', () => {
  it.each(Object.keys(QUOTES))('%s', (id) => {
    const text = texts().find(([path]) => path === id)?.[1];
    expect(text, id).toBeDefined();
    for (const locale of LOCALES) for (const piece of QUOTES[id]!(locale)) expect(text?.[locale], `${id} ${locale}`).toContain(piece);
  });

  it('knows every text that quotes a figure, and every figure in them is one it computes', () => {
    for (const [id, text] of texts()) {
      if (!LOCALES.some((l) => /\d/.test(text[l])) || id in NOT_TRACKED) continue;
      expect(Object.keys(QUOTES), `${id} quotes a figure this test does not compute`).toContain(id);
      for (const locale of LOCALES) {
        const quoted = text[locale].match(/\d+(?:[.,]\d+)?/g) ?? [];
        const computed = QUOTES[id]!(locale).flatMap((piece) => piece.match(/\d+(?:[.,]\d+)?/g) ?? []);
        expect(
          quoted.filter((figure) => !computed.includes(figure)),
          `${id} ${locale}`,
        ).toEqual([]);
      }
    }
  });

  it('gives the same figures in every language', () => {
    for (const [id, text] of texts()) {
      const figures = (l: Locale) => (text[l].match(/\d+(?:[.,]\d+)?/g) ?? []).map((f) => f.replace(',', '.')).sort();
      expect(figures('sv'), id).toEqual(figures('fi'));
      expect(figures('en'), id).toEqual(figures('fi'));
    }
  });
});
