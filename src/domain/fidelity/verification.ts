import type { ItemId } from './items';

/*
 * What each item of the built-in scale (version 2) was checked against, and when. Kept as data
 * with the scale (stored with its version), shown once on the "About this scale" page instead of
 * a warning on every item. src/domain/fidelity/texts/SOURCES.md gives the reasons behind each title.
 */

/** The published sources the wording was checked against. Names and addresses only, no text. */
export const SCALE_SOURCES = {
  'se-fidelity-scale-2008': {
    name: 'Supported Employment Fidelity Scale (Becker, Swanson, Bond, Merrens; Dartmouth PRC, 2008), public copy',
    url: 'https://docest.com/doc/579261/supported-employment-fidelity-scale-1',
  },
  'ips-25-validation-2012': {
    name: 'Bond et al. 2012, Validation of the Revised IPS Fidelity Scale (IPS-25), Psychiatric Services 63(8)',
    url: 'https://ps.psychiatryonline.org/doi/10.1176/appi.ps.201100476',
  },
  'thl-quality-criteria': {
    name: 'THL: IPS-työhönvalmennuksen laatukriteerit',
    url: 'https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/ips-sijoita-ja-valmenna-kehittamishanke/materiaalit/ips-tyohonvalmennuksen-laatukriteerit',
  },
  'thl-ips-evaluation': {
    name: 'THL: IPS-toimintamallin arviointi',
    url: 'https://thl.fi/aiheet/hyvinvoinnin-ja-terveyden-edistamisen-johtaminen/tieto-ja-toimintamallit/hyte-toimintamallien-arviointi/arvioidut-toimintamallit/ips-toimintamallin-arviointi',
  },
  'thl-quality-based-coaching': {
    name: 'THL: Laatukriteereihin perustuva työhönvalmennus (phases)',
    url: 'https://thl.fi/aiheet/hyvinvoinnin-ja-terveyden-edistamisen-johtaminen/osallisuuden-edistaminen/tyoelamaosallisuus/laatukriteereihin-perustuva-tyohonvalmennus',
  },
  'pohjois-savo-2024': {
    name: 'Pohjois-Savon hyvinvointialue 19.6.2024: THL:n laadunarviointi IPS-työhönvalmennusmallin toimeenpanosta',
    url: 'https://pshyvinvointialue.fi/w/thl-toteutti-laadunarvioinnin-ips-tyohonvalmennusmallin-toimeenpanosta-pohjois-savossa',
  },
  'valtioneuvosto-te24': {
    name: 'Valtioneuvosto / TEM 22.2.2024: TE-palvelut 2024 -uudistus, 45 työllisyysaluetta 1.1.2025 alkaen',
    url: 'https://valtioneuvosto.fi/-//1410877/te-palvelut-2024-uudistus-suomeen-tulossa-45-tyollisyysaluetta',
  },
  'thl-ips-sv': {
    name: 'THL: Utvecklingsprojektet IPS (svenska)',
    url: 'https://thl.fi/sv/forskning-och-utveckling/undersokningar-och-projekt/utvecklingsprojektet-ips',
  },
  'socialstyrelsen-ips': {
    name: 'Socialstyrelsen: IPS (Individanpassat stöd till arbete)',
    url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/evidensbaserad-praktik/metodguiden/individanpassat-stod-till-arbete/',
  },
} as const;
export type SourceId = keyof typeof SCALE_SOURCES;

/**
 * How closely an item's anchors were compared:
 * - `form`: every anchor against a published copy of the 2008 scale form;
 * - `definition`: the item's definition against the form, the anchors against the common summary;
 * - `summary`: against the common summary of the 2008 scale (numbers, frequencies and conditions),
 *   not yet word for word against the form.
 */
export const CHECK_LEVELS = ['form', 'definition', 'summary'] as const;
export type CheckLevel = (typeof CHECK_LEVELS)[number];

export interface ItemVerification {
  /** The day the check was made (ISO date). */
  checkedOn: string;
  anchors: CheckLevel;
  /** Sources the item was checked against, most direct first. */
  sources: readonly SourceId[];
}

export const CHECKED_ON = '2026-12-06';

const FORM: readonly SourceId[] = ['se-fidelity-scale-2008'];
const SUMMARY: readonly SourceId[] = ['se-fidelity-scale-2008', 'ips-25-validation-2012'];

function check(anchors: CheckLevel, extra: readonly SourceId[] = []): ItemVerification {
  return { checkedOn: CHECKED_ON, anchors, sources: [...(anchors === 'summary' ? SUMMARY : FORM), ...extra] };
}

export const ITEM_VERIFICATION: Readonly<Record<ItemId, ItemVerification>> = {
  'staffing-1': check('form', ['thl-quality-criteria']),
  'staffing-2': check('form', ['pohjois-savo-2024']),
  'staffing-3': check('definition', ['thl-ips-evaluation', 'thl-quality-based-coaching']),
  'organization-1': check('summary', ['thl-quality-based-coaching']),
  'organization-2': check('summary'),
  'organization-3': check('summary', ['valtioneuvosto-te24']),
  'organization-4': check('summary'),
  'organization-5': check('summary'),
  'organization-6': check('summary'),
  'organization-7': check('summary'),
  'organization-8': check('summary', ['thl-quality-criteria']),
  'services-1': check('summary'),
  'services-2': check('summary'),
  'services-3': check('summary', ['thl-ips-evaluation']),
  'services-4': check('summary', ['thl-quality-based-coaching']),
  'services-5': check('summary'),
  'services-6': check('summary'),
  'services-7': check('summary'),
  'services-8': check('summary'),
  'services-9': check('summary'),
  'services-10': check('summary', ['thl-ips-evaluation']),
  'services-11': check('summary'),
  'services-12': check('summary'),
  'services-13': check('summary'),
  'services-14': check('summary'),
};
