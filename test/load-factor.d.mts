/** How many times slower than a quiet machine this one is now (1 to 8): see load-factor.mjs. */
export function loadFactor(): number;
