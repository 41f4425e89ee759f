import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCALE } from '../../../src/domain/fidelity/built-in-scale';
import type { ItemId } from '../../../src/domain/fidelity/items';
import type { Locale } from '../../../src/domain/fidelity/scale-definition';

/*
 * The anchors are our own words, but every threshold, frequency and condition of the 2008 scale
 * must survive the rewording, in every language (issue 16). Each row: where to look (the
 * description or an anchor 1–5) and what must be there, per language.
 */
type Where = 'description' | 1 | 2 | 3 | 4 | 5;
type Tokens = Record<Locale, readonly string[]>;
const all = (...tokens: string[]): Tokens => ({ fi: tokens, sv: tokens, en: tokens });
const bands = (...perAnchor: string[]): [Where, Tokens][] => perAnchor.map((token, index) => [(index + 1) as Where, all(token)]);

const QUARTER: Tokens = { fi: ['neljännesvuosittain'], sv: ['kvartal'], en: ['quarter'] };
const MONTH: Tokens = { fi: ['kuukausittain'], sv: ['månaden'], en: ['month'] };
const WEEKLY_LOG: Tokens = { fi: ['esihenkilö', 'viikoittain'], sv: ['arbetsledaren', 'varje vecka'], en: ['supervisor', 'weekly'] };
const MONTHLY_LOG: Tokens = { fi: ['esihenkilö', 'kuukausittain'], sv: ['arbetsledaren', 'varje månad'], en: ['supervisor', 'monthly'] };

const CONDITIONS: Partial<Record<ItemId, [Where, Tokens][]>> = {
  'staffing-1': [...bands('41', '31–40', '26–30', '21–25', '20'), ['description', all('20')]],
  'staffing-2': bands('60', '60–74', '75–89', '90–95', '96'),
  'staffing-3': [
    ['description', { fi: ['kuusi'], sv: ['sex'], en: ['six'] }],
    [3, { fi: ['1–4'], sv: ['1–4'], en: ['one to four'] }],
    [4, { fi: ['viisi', 'ei kaikkia'], sv: ['fem', 'inte alla'], en: ['five', 'not all'] }],
    [5, { fi: ['kuusi'], sv: ['sex'], en: ['six'] }],
  ],
  'organization-1': [
    [2, all('50')],
    [3, all('50–74')],
    [4, all('75–89')],
    [5, all('90–100')],
    ['description', { fi: ['kahteen', '90'], sv: ['två', '90'], en: ['two', '90'] }],
  ],
  'organization-2': [['description', all('(5)')]],
  'organization-3': [
    [1, QUARTER],
    [2, QUARTER],
    [3, MONTH],
    [4, { fi: ['neljännesvuosittain', 'viikoittain'], sv: ['kvartal', 'vecka'], en: ['quarterly', 'week'] }],
    [5, { fi: ['kuukausittain', 'viikoittain'], sv: ['månaden', 'vecka'], en: ['monthly', 'week'] }],
    [
      'description',
      {
        fi: ['Kelan', 'työllisyysalueiden', '1.1.2025'],
        sv: ['FPA', 'sysselsättningsområden', '2025'],
        en: ['Kela', 'employment areas', '2025'],
      },
    ],
  ],
  'organization-4': [
    ['description', { fi: ['kaksi', 'viikoittain', '2–3'], sv: ['två', 'varje vecka', '2–3'], en: ['two', 'every week', 'two or three'] }],
  ],
  'organization-5': [
    [
      'description',
      {
        fi: ['kymmenen', 'viikoittainen', 'neljännesvuosittain', 'kuukausittain'],
        sv: ['tio', 'varje vecka', 'kvartal', 'månaden'],
        en: ['ten', 'weekly', 'quarterly', 'monthly'],
      },
    ],
  ],
  'organization-6': [[4, { fi: ['aktiivisesti'], sv: ['aktivt'], en: ['actively'] }]],
  'organization-7': [
    [
      'description',
      { fi: ['kahdesti vuodessa', 'neljännesvuosittain'], sv: ['två gånger per år', 'kvartal'], en: ['twice a year', 'quarterly'] },
    ],
  ],
  'organization-8': [
    [
      'description',
      {
        fi: ['puolen vuoden välein', '100 pistettä', 'kerran vuodessa', 'neljännesvuosittain', 'kahdesti vuodessa'],
        sv: ['var sjätte månad', '100 poäng', 'en gång per år', 'kvartal', 'två gånger per år'],
        en: ['every six months', '100 points', 'yearly', 'quarterly', 'twice a year'],
      },
    ],
  ],
  'services-1': [[4, { fi: ['ennen työn aloitusta'], sv: ['före arbetsstarten'], en: ['before the job starts'] }]],
  'services-2': [['description', all('(4)')]],
  'services-3': [[4, { fi: ['2–3'], sv: ['2–3'], en: ['two or three'] }]],
  'services-4': [...bands('271', '151–270', '61–150', '31–60', '30'), ['description', all('30')]],
  'services-5': bands('25', '25–49', '50–74', '75–89', '90–100'),
  'services-6': [
    [1, all('2')],
    [2, { fi: ['2', 'ei kirjata'], sv: ['2', 'inte in'], en: ['2', 'not logged'] }],
    [3, { fi: ['4', ...MONTHLY_LOG.fi], sv: ['4', ...MONTHLY_LOG.sv], en: ['4', ...MONTHLY_LOG.en] }],
    [4, { fi: ['5', ...MONTHLY_LOG.fi], sv: ['5', ...MONTHLY_LOG.sv], en: ['5', ...MONTHLY_LOG.en] }],
    [5, { fi: ['6', '3', ...WEEKLY_LOG.fi], sv: ['6', '3', ...WEEKLY_LOG.sv], en: ['6', '3', ...WEEKLY_LOG.en] }],
  ],
  'services-8': bands('50', '50–59', '60–69', '70–84', '85–100'),
  'services-9': [...bands('50', '50–59', '60–69', '70–84', '85–100'), ['description', all('15')]],
  'services-10': [[1, all('64', '10')], ...bands('64', '64–74', '75–84', '85–94', '95').slice(1)],
  'services-12': [
    [2, all('4')],
    [3, all('4')],
    [
      'description',
      {
        fi: ['1 viikon sisällä ennen', '3 päivän sisällä aloituksesta', 'viikoittain', 'kuukausittain', 'työn päättyneen'],
        sv: ['inom 1 vecka före', 'inom 3 dagar efter', 'varje vecka', 'en gång i månaden', 'upphört'],
        en: ['within 1 week before', 'within 3 days after', 'weekly', 'monthly', 'job has ended'],
      },
    ],
    [
      5,
      {
        fi: ['1 viikon', '3 päivän', 'työn päättymisestä'],
        sv: ['inom 1 vecka', 'inom 3 dagar', 'upphört'],
        en: ['within 1 week', 'within 3 days', 'job loss'],
      },
    ],
  ],
  'services-13': [
    ...bands('30', '30–39', '40–49', '50–64', '65'),
    [
      'description',
      { fi: ['luonnollisissa ympäristöissä', '65'], sv: ['naturliga miljöer', '65'], en: ['natural community settings', '65'] },
    ],
  ],
  'services-14': [['description', all('(6)')]],
};

describe.each(['fi', 'sv', 'en'] as const)('anchor conditions kept in the %s wording', (locale) => {
  it.each(Object.entries(CONDITIONS))('%s', (id, checks) => {
    const item = BUILT_IN_SCALE.items.find((candidate) => candidate.id === id);
    const text = item?.texts[locale];
    expect(text).toBeDefined();
    for (const [where, tokens] of checks) {
      const haystack = where === 'description' ? text?.description : text?.anchors[where - 1];
      for (const token of tokens[locale]) expect(haystack, `${id} ${locale} ${where}`).toContain(token);
    }
  });
});
