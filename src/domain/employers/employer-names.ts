/*
 * Duplicate employers (issue 4, "Employers": duplicates are detected and offered for merging).
 * Names compare after Unicode NFC normalisation (so a precomposed "ä" equals "a" + combining
 * diaeresis), trimmed, with runs of whitespace folded and case ignored in the Finnish locale.
 */
export function employerNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fi');
}

/** The employers whose name is the same as `name` under employerNameKey, except `exceptId`. */
export function findDuplicateEmployers<T extends { id: string; name: string }>(
  name: string,
  employers: readonly T[],
  exceptId: string | null = null,
): T[] {
  const key = employerNameKey(name);
  if (key === '') return [];
  return employers.filter((employer) => employer.id !== exceptId && employerNameKey(employer.name) === key);
}

/** Groups of two or more employers sharing a name key, for the directory's "possible duplicates". */
export function duplicateGroups<T extends { id: string; name: string }>(employers: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const employer of employers) {
    const key = employerNameKey(employer.name);
    groups.set(key, [...(groups.get(key) ?? []), employer]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
