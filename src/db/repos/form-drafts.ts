import type { FidelioDb } from '../app-db';
import { deleteMeta, getMeta, setMeta } from './meta';

/** What a form that is not yet a record has typed: its fields by name, all text. */
export type FormDraft = Record<string, string>;

/**
 * Drafts live in the device-local meta table (never in backups): IndexedDB, unlike localStorage,
 * has what was written on disk when the browser is killed a moment later.
 */
const metaKey = (formKey: string) => `draft:${formKey}`;

export async function writeFormDraft(db: FidelioDb, formKey: string, draft: FormDraft): Promise<void> {
  await setMeta(db, metaKey(formKey), { ...draft });
}

/** The stored draft with the fields of `shape` only (anything else in storage is ignored); null when none. */
export async function readFormDraft<T extends FormDraft>(db: FidelioDb, formKey: string, shape: T): Promise<T | null> {
  const stored = await getMeta(db, metaKey(formKey));
  if (typeof stored !== 'object' || stored === null) return null;
  const draft: FormDraft = { ...shape };
  for (const key of Object.keys(shape)) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'string') draft[key] = value;
  }
  return draft as T;
}

export async function deleteFormDraft(db: FidelioDb, formKey: string): Promise<void> {
  await deleteMeta(db, metaKey(formKey));
}

export async function hasFormDraft(db: FidelioDb, formKey: string): Promise<boolean> {
  return (await getMeta(db, metaKey(formKey))) !== undefined;
}
