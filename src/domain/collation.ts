// Constructing an Intl.Collator loads the locale's collation data, which costs tens of
// milliseconds on a slow tablet. It is made on first use, so that a module that sorts names
// does not slow down the start of a screen that never sorts anything.
let finnishCollator: Intl.Collator | undefined;

/** Finnish alphabetical order (å, ä, ö last), case-insensitive, numbers by value ("2" before "10"). */
export function compareFinnish(a: string, b: string): number {
  finnishCollator ??= new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
  return finnishCollator.compare(a, b);
}
