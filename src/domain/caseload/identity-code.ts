import { isIsoDate } from '../dates';

/**
 * Finnish personal identity codes (henkilötunnus), e.g. 131052-308T: DDMMYY, a century sign, a
 * three-digit individual number and a check character. Fidelio stores no identifiable client data
 * (settings → privacy), so a code or note that contains one is refused (issue 3, "Clients").
 *
 * Century signs: `+` 1800s; `-` and, since 2023, `U V W X Y` 1900s; `A` and `B C D E F` 2000s.
 */
const CENTURY_BY_SIGN: Record<string, number> = {
  '+': 1800,
  '-': 1900, U: 1900, V: 1900, W: 1900, X: 1900, Y: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/** The check character is the remainder of DDMMYYNNN ÷ 31, looked up in this table. */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// Not preceded or followed by a letter or digit, so "KÄT-014" or a longer number never matches.
const CANDIDATE_SOURCE = String.raw`(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Za-z])(?![0-9A-Za-z])`;
// A fresh RegExp per call: a shared global one would carry lastIndex from call to call.
const candidates = () => new RegExp(CANDIDATE_SOURCE, 'gi');

/** True when `code` (exactly, case-insensitive) is a valid identity code: real birth date and matching check character. */
export function isIdentityCode(code: string): boolean {
  const trimmed = code.trim();
  const match = candidates().exec(trimmed);
  return match !== null && match[0].length === trimmed.length && isValidMatch(match);
}

function isValidMatch(match: RegExpExecArray): boolean {
  const [, day, month, year, sign, individual, check] = match;
  const century = CENTURY_BY_SIGN[(sign ?? '').toUpperCase()];
  if (century === undefined) return false;
  const birthDate = `${century + Number(year)}-${month}-${day}`;
  if (!isIsoDate(birthDate)) return false;
  const remainder = Number(`${day}${month}${year}${individual}`) % 31;
  return CHECK_CHARACTERS[remainder] === (check ?? '').toUpperCase();
}

// Every code starts with six digits in a row. Most free texts (and every empty one) have none,
// so they skip the full search: it runs on every text field of every record a backup restores.
const SIX_DIGITS = /\d{6}/;

/** The first valid identity code found anywhere in `text`, or null. */
export function findIdentityCode(text: string): string | null {
  if (!SIX_DIGITS.test(text)) return null;
  for (const match of text.matchAll(candidates())) {
    if (isValidMatch(match)) return match[0];
  }
  return null;
}

/** Whether a free text (client code, note, employer…) contains a valid identity code. */
export function containsIdentityCode(text: string): boolean {
  return findIdentityCode(text) !== null;
}
