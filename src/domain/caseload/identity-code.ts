import { isIsoDate } from '../dates';

/**
 * Finnish personal identity codes (henkilötunnus), e.g. 131052-308T: DDMMYY, a century sign, a
 * three-digit individual number and a check character. Fidelio stores no identifiable client data
 * (settings → privacy), so every free text of every record refuses one (issue 14 #3).
 *
 * Century signs: `+` 1800s; `-` and, since 2023, `U V W X Y` 1900s; `A` and `B C D E F` 2000s.
 */
const CENTURY_BY_SIGN: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** The check character is the remainder of DDMMYYNNN ÷ 31, looked up in this table. */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/*
 * A code typed or pasted from elsewhere is often not plain ASCII: a word processor turns the hyphen
 * into an en dash, a PDF adds a non-breaking hyphen or a zero-width space, a phone keyboard types
 * full-width digits. The text is normalised before the search so all of them are found.
 * NFKC turns full-width digits and letters, superscripts and most odd spaces into plain ones.
 */
const DASHES = /[\u2010-\u2015\u2043\u2212\u2796\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
// Plain ASCII and Finnish/Latin letters need no NFKC: the common case skips the whole pass.
const NEEDS_NORMALISING = /[^\t-~\u00C0-\u024F]/;

/** The text as the search sees it: plain dashes, single plain spaces, no invisible characters, NFKC. */
export function normaliseForIdentityCode(text: string): string {
  const folded = NEEDS_NORMALISING.test(text)
    ? text.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-')
    : text;
  return folded.replace(SPACES, ' ');
}

/*
 * Six digits (not inside a longer number; letters may be glued before, as in "hetu131052-308T"),
 * then the century sign with spaces around it, or only a space, or nothing at all ("131052308T"),
 * three digits and the check character, not followed by another letter or digit.
 */
const CANDIDATE_SOURCE = String.raw`(?<!\d)(\d{2})(\d{2})(\d{2}) ?([-+A-FU-Y])? ?(\d{3})([0-9A-Z])(?![0-9A-Z])`;
// A fresh RegExp per call: a shared global one would carry lastIndex from call to call.
const candidates = () => new RegExp(CANDIDATE_SOURCE, 'gi');

/** True when `code` (exactly, case-insensitive, after normalising) is a valid identity code. */
export function isIdentityCode(code: string): boolean {
  const normalised = normaliseForIdentityCode(code).trim();
  const match = candidates().exec(normalised);
  return match !== null && match.index === 0 && match[0].length === normalised.length && isValidMatch(match);
}

function isValidMatch(match: RegExpExecArray): boolean {
  const [, day, month, year, sign, individual, check] = match;
  if (CHECK_CHARACTERS[Number(`${day}${month}${year}${individual}`) % 31] !== (check ?? '').toUpperCase()) return false;
  // Without a sign the century is unknown: a date valid in any of them counts (29.2. only in some).
  const centuries = sign === undefined ? [1800, 1900, 2000] : [CENTURY_BY_SIGN[sign.toUpperCase()]];
  return centuries.some((century) => century !== undefined && isIsoDate(`${century + Number(year)}-${month}-${day}`));
}

// Every code starts with six digits in a row. Most free texts (and every empty one) have none,
// so they skip the full search: it runs on every text field of every record a backup restores.
const SIX_DIGITS = /\d{6}/;

/** The first valid identity code found anywhere in `text` (as normalised), or null. */
export function findIdentityCode(text: string): string | null {
  // Plain text without six digits in a row cannot hold a code, whatever its spaces: no pass at all.
  if (!NEEDS_NORMALISING.test(text) && !SIX_DIGITS.test(text)) return null;
  const normalised = normaliseForIdentityCode(text);
  if (!SIX_DIGITS.test(normalised)) return null;
  for (const match of normalised.matchAll(candidates())) {
    if (isValidMatch(match)) return match[0];
  }
  return null;
}

/** Whether a free text (client code, note, name, recommendation…) contains a valid identity code. */
export function containsIdentityCode(text: string): boolean {
  return findIdentityCode(text) !== null;
}
