/**
 * Referral sources every service starts with (issue 3, "Clients"). They live in code, not in the
 * database: their names follow the UI language, and no service needs a seeding write (which two
 * devices would both do, creating duplicates when they sync). A service's own additions are
 * stored as records; a client refers to either kind by `default:<key>` or the record id.
 */
export const DEFAULT_REFERRAL_SOURCES = [
  'employment-trial',
  'employment-services',
  'typ',
  'adult-social-work',
  'health-services',
  'mental-health-services',
  'self-referral',
  'other',
] as const;
export type DefaultReferralSource = (typeof DEFAULT_REFERRAL_SOURCES)[number];

const PREFIX = 'default:';

export function defaultSourceRef(key: DefaultReferralSource): string {
  return `${PREFIX}${key}`;
}

/** The built-in source a reference names, or null when it names a service's own source. */
export function defaultSourceOf(ref: string): DefaultReferralSource | null {
  if (!ref.startsWith(PREFIX)) return null;
  const key = ref.slice(PREFIX.length);
  return DEFAULT_REFERRAL_SOURCES.find((source) => source === key) ?? null;
}
