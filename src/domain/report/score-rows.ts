import Papa from 'papaparse';
import { FIDELITY_ITEMS, type DataSource, type ItemId, type Section } from '../fidelity/items';
import { fidelityBand, sectionSubtotals, totalScore, type FidelityBand, type RatingsByItem } from '../fidelity/scoring';
import { compareFinnish } from '../collation';
import type { Locale } from '../fidelity/scale-definition';
import type { Priority } from '../records/review';

/** One reviewer's own rating of one item (kept apart from the consensus, issue 7). */
export interface ReviewerScore {
  reviewerName: string;
  itemId: ItemId;
  score: number | null;
  notes: string;
}

/** The review's agreed rating of an item: the consensus, or the only reviewer's rating. */
export interface ConsensusScore {
  itemId: ItemId;
  score: number | null;
  notes: string;
  /** Where the reviewers looked (issue 15: the CSV carries them). */
  dataSources?: readonly DataSource[];
}

/** The words of the header row and the section names, in the language of the export. */
export interface ScoreTableLabels {
  itemId: string;
  section: string;
  number: string;
  title: string;
  reviewerScore: (reviewerName: string) => string;
  consensus: string;
  notes: string;
  sectionName: (section: Section) => string;
  /** Issue 15: the data sources and recommendations of an item, and the summary rows below the items. */
  dataSources: string;
  recommendations: string;
  dataSourceName: (source: DataSource) => string;
  /** E.g. "High: Add employer contacts" */
  recommendation: (priority: Priority, text: string) => string;
  subtotal: (sectionName: string) => string;
  total: string;
  bandName: (band: FidelityBand) => string;
}

export interface ScoreTableInput {
  /** The review's reviewers in the order they were entered; their columns come in this order. */
  reviewers: readonly string[];
  reviewerScores: readonly ReviewerScore[];
  consensus: readonly ConsensusScore[];
  /** The item titles of the review's own scale version, in the language of the export. */
  titleOf: (itemId: ItemId) => string;
  labels: ScoreTableLabels;
  /** The review's recommendations, already in the report's order (priority, then item). */
  recommendations?: readonly { itemId: ItemId; priority: Priority; text: string }[];
}

export type ScoreCell = string | number;

export interface ScoreTable {
  header: string[];
  /** Exactly 25 rows, one per item in the scale's order. */
  rows: ScoreCell[][];
  /**
   * Below the items, in the same columns: one row per section with its subtotal, then the total
   * with its band in the notes column. Their id cells are "section:staffing" … and "total", the
   * same in every language, so a spreadsheet can tell them from the items.
   */
  summary: ScoreCell[][];
}

/**
 * The reviewers who have ratings of their own, one column each: first in the order the review
 * lists them, then anyone else who rated (e.g. a name changed after rating) alphabetically.
 */
export function reviewerColumns(reviewers: readonly string[], reviewerScores: readonly ReviewerScore[]): string[] {
  const rated = new Set(reviewerScores.map((s) => s.reviewerName));
  const listed = [...new Set(reviewers)].filter((name) => rated.has(name));
  const others = [...rated].filter((name) => !listed.includes(name)).sort(compareFinnish);
  return [...listed, ...others];
}

const scoreCell = (score: number | null | undefined): ScoreCell => (typeof score === 'number' ? score : '');

/**
 * Issue 7, "CSV export of a review's scores": one row per item of the scale (id, section, number,
 * title, each reviewer's score, the consensus score, the consensus notes). An item nobody rated
 * still gets its row, with empty score cells, so every export has the same 25 rows.
 */
export function buildScoreTable({
  reviewers,
  reviewerScores,
  consensus,
  titleOf,
  labels,
  recommendations = [],
}: ScoreTableInput): ScoreTable {
  const columns = reviewerColumns(reviewers, reviewerScores);
  const byReviewer = new Map<string, ReviewerScore>(reviewerScores.map((s) => [`${s.reviewerName}\u0000${s.itemId}`, s]));
  const consensusByItem = new Map<ItemId, ConsensusScore>(consensus.map((c) => [c.itemId, c]));
  const header = [
    labels.itemId,
    labels.section,
    labels.number,
    labels.title,
    ...columns.map((name) => labels.reviewerScore(name)),
    labels.consensus,
    labels.notes,
    labels.dataSources,
    labels.recommendations,
  ];
  const rows = FIDELITY_ITEMS.map((item): ScoreCell[] => {
    const agreed = consensusByItem.get(item.id);
    const written = recommendations.filter((r) => r.itemId === item.id && r.text.trim() !== '');
    return [
      item.id,
      labels.sectionName(item.section),
      item.number,
      titleOf(item.id),
      ...columns.map((name) => scoreCell(byReviewer.get(`${name}\u0000${item.id}`)?.score)),
      scoreCell(agreed?.score),
      agreed?.notes ?? '',
      (agreed?.dataSources ?? []).map(labels.dataSourceName).join('; '),
      written.map((r) => labels.recommendation(r.priority, r.text.trim())).join('\n'),
    ];
  });
  const byItem: RatingsByItem = Object.fromEntries(consensus.map((c) => [c.itemId, c.score]));
  const blanks = columns.map(() => '');
  const summaryRow = (id: string, section: string, title: string, value: number, note: string): ScoreCell[] => [
    id,
    section,
    '',
    title,
    ...blanks,
    value,
    note,
    '',
    '',
  ];
  const { total, isComplete } = totalScore(byItem);
  const summary = [
    ...sectionSubtotals(byItem).map((sub) =>
      summaryRow(
        `section:${sub.section}`,
        labels.sectionName(sub.section),
        labels.subtotal(labels.sectionName(sub.section)),
        sub.total,
        '',
      ),
    ),
    // A band is a result only when all 25 are rated; before that the cell stays empty.
    summaryRow('total', '', labels.total, total, isComplete ? labels.bandName(fidelityBand(total)) : ''),
  ];
  return { header, rows, summary };
}

/**
 * reliability.md #30 (CSV formula injection): a text cell that starts with = + - @ or a tab, CR
 * or LF is prefixed with an apostrophe so spreadsheets show it as text. papaparse's built-in
 * `escapeFormulae: true` misses LF, and its pattern `^[=+\-@\t\r].*$` fails on a multi-line
 * text because `.` stops at the first line break — so we give it this pattern instead.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /** ';' for Finnish spreadsheets (their list separator, as the decimal separator is a comma), ',' otherwise. */
  delimiter: ';' | ',';
}

/**
 * RFC 4180 text (CRLF line ends, fields with a delimiter, quote or line break quoted, quotes
 * doubled) with formula-looking cells neutralised, prefixed with a UTF-8 byte order mark so that
 * Excel reads ä and ö correctly. Numbers are written as numbers and never escaped.
 */
export function toCsv(table: ScoreTable, { delimiter }: CsvOptions): string {
  const csv = Papa.unparse(
    { fields: table.header, data: [...table.rows, ...table.summary] },
    { delimiter, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: true },
  );
  return CSV_BOM + csv + '\r\n';
}

/** The delimiter a spreadsheet in this language expects (see CsvOptions). */
export function csvDelimiter(locale: Locale): CsvOptions['delimiter'] {
  // Excel in Finnish and in Finland-Swedish reads semicolons (the decimal comma takes the comma).
  return locale === 'en' ? ',' : ';';
}

/**
 * A file name that is safe on every file system: "fidelio-tyovalmennuspalvelu-kateva-2022-10-11.csv".
 * Letters lose their accents (ä → a), anything else becomes a dash.
 */
export function csvFileName(serviceName: string, firstDay: string): string {
  const slug = serviceName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `fidelio-${slug || 'review'}-${firstDay}.csv`;
}
