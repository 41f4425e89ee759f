/**
 * The IPS-25 fidelity scale as data (../shared/domain/evidence-rules.md §1).
 * Wording lives in the scale text files, never in code; this file holds only structure.
 */
export const SECTIONS = ['staffing', 'organization', 'services'] as const;
export type Section = (typeof SECTIONS)[number];

export const DATA_SOURCES = ['MIS', 'DOC', 'INT', 'OBS'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

type StaffingId = `staffing-${1 | 2 | 3}`;
type OrganizationId = `organization-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`;
type ServicesId = `services-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14}`;
export type ItemId = StaffingId | OrganizationId | ServicesId;

export interface FidelityItem {
  readonly id: ItemId;
  readonly section: Section;
  /** 1-based position within its section. */
  readonly number: number;
  readonly dataSources: readonly DataSource[];
}

const ALL: readonly DataSource[] = ['MIS', 'DOC', 'INT', 'OBS'];
const MDI: readonly DataSource[] = ['MIS', 'DOC', 'INT'];
const DIO: readonly DataSource[] = ['DOC', 'INT', 'OBS'];
const DI: readonly DataSource[] = ['DOC', 'INT'];
const MIO: readonly DataSource[] = ['MIS', 'INT', 'OBS'];
const DIM: readonly DataSource[] = ['MIS', 'DOC', 'INT'];

function item(section: Section, number: number, dataSources: readonly DataSource[]): FidelityItem {
  return { id: `${section}-${number}` as ItemId, section, number, dataSources };
}

/** The 25 items in the scale's order: 3 staffing, 8 organization, 14 services. */
export const FIDELITY_ITEMS: readonly FidelityItem[] = Object.freeze([
  item('staffing', 1, MDI),
  item('staffing', 2, MDI),
  item('staffing', 3, ALL),
  item('organization', 1, ALL),
  item('organization', 2, DIO),
  item('organization', 3, DIO),
  item('organization', 4, MIO),
  item('organization', 5, ALL),
  item('organization', 6, DIO),
  item('organization', 7, DIO),
  item('organization', 8, DI),
  item('services', 1, DIO),
  item('services', 2, DIO),
  item('services', 3, DIO),
  item('services', 4, DIO),
  item('services', 5, DIO),
  item('services', 6, DIO),
  item('services', 7, DIO),
  item('services', 8, ALL),
  item('services', 9, ALL),
  item('services', 10, ALL),
  item('services', 11, DIO),
  item('services', 12, DIM),
  item('services', 13, DIO),
  item('services', 14, DI),
]);

export const ITEM_IDS: readonly ItemId[] = FIDELITY_ITEMS.map((i) => i.id);

export function isItemId(value: string): value is ItemId {
  return (ITEM_IDS as readonly string[]).includes(value);
}

export function itemsInSection(section: Section): readonly FidelityItem[] {
  return FIDELITY_ITEMS.filter((i) => i.section === section);
}

/**
 * The item's short code, the same in every language ("S1" … "S3", "O1" … "O8", "V1" … "V14", as
 * the 2008 scale's staffing, organization and services items are cited): a Finnish and an English
 * report of one review can be read side by side, and a code never means two items.
 */
const SECTION_CODES: Readonly<Record<Section, string>> = { staffing: 'S', organization: 'O', services: 'V' };

export function itemCode(section: Section, number: number): string {
  return `${SECTION_CODES[section]}${number}`;
}
