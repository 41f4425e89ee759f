import { isLocale } from './locale';

type MessageFile = { default: Record<string, unknown> };

// One chunk per language and namespace, found from the files themselves: a new file in
// src/i18n/<language>/ is a new namespace, with no list to keep.
const files = import.meta.glob<MessageFile>('./*/*.json');

/** The namespaces there are messages for (the file names, the same in every language). */
export const NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(files).map((file) => file.slice(file.lastIndexOf('/') + 1, -'.json'.length))),
].sort();

/** One language's messages of one namespace, for i18next's backend; a rejection for an unknown one. */
export function messageFile(language: string, namespace: string): Promise<MessageFile> {
  const load = isLocale(language) ? files[`./${language}/${namespace}.json`] : undefined;
  return load ? load() : Promise.reject(new Error(`No ${language} messages for ${namespace}`));
}
