/**
 * Referral sources every service starts with (issue 3, "Clients"). They live in code, not in the
 * database: their names follow the UI language, and no service needs a seeding write (which two
 * devices would both do, creating duplicates when they sync). A service's own additions are
 * stored as records; a client refers to either kind by `default:<key>` or the record id.
 * The list follows today's Finnish service structure (TE24): since 1 January 2025 the
 * municipalities' employment areas run the employment services, and Kela's vocational
 * rehabilitation is a referral source of its own.
 */
export const DEFAULT_REFERRAL_SOURCES = [
  'employment-area',
  'kela-rehabilitation',
  'typ',
  'adult-social-work',
  'health-services',
  'mental-health-services',
  'self-referral',
  'other',
] as const;
/**
 * Sources of the structure before 2025 (TE offices, municipal employment trials): no longer offered,
 * but a client recorded with one keeps it and still shows its name (issue 16).
 */
export const RETIRED_REFERRAL_SOURCES = ['employment-trial', 'employment-services'] as const;
export type DefaultReferralSource = (typeof DEFAULT_REFERRAL_SOURCES)[number] | (typeof RETIRED_REFERRAL_SOURCES)[number];
const BUILT_IN: readonly DefaultReferralSource[] = [...DEFAULT_REFERRAL_SOURCES, ...RETIRED_REFERRAL_SOURCES];

const PREFIX = 'default:';

export function defaultSourceRef(key: DefaultReferralSource): string {
  return `${PREFIX}${key}`;
}

/** The built-in source a reference names, or null when it names a service's own source. */
export function defaultSourceOf(ref: string): DefaultReferralSource | null {
  if (!ref.startsWith(PREFIX)) return null;
  const key = ref.slice(PREFIX.length);
  return BUILT_IN.find((source) => source === key) ?? null;
}

/**
 * The built-in sources a client form offers: today's list, plus a retired source when the client
 * already has it (so editing an older client never silently changes where they came from).
 */
export function offeredDefaultSources(currentRef: string): readonly DefaultReferralSource[] {
  const current = defaultSourceOf(currentRef);
  return current && !(DEFAULT_REFERRAL_SOURCES as readonly string[]).includes(current)
    ? [...DEFAULT_REFERRAL_SOURCES, current]
    : DEFAULT_REFERRAL_SOURCES;
}
