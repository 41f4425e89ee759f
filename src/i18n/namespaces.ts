import type { BackendModule } from 'i18next';
import { isLocale } from './locale';

type MessageFile = { default: Record<string, unknown> };

// One chunk per language and namespace, found from the files themselves: a new file in
// src/i18n/<language>/ is a new namespace, with no list to keep.
const files = import.meta.glob<MessageFile>('./*/*.json');

/** One language's messages of one namespace; a rejection for an unknown one. */
export function messageFile(language: string, namespace: string): Promise<MessageFile> {
  const load = isLocale(language) ? files[`./${language}/${namespace}.json`] : undefined;
  return load ? load() : Promise.reject(new Error(`No ${language} messages for ${namespace}`));
}

/**
 * i18next's backend interface over those chunks: i18next asks for a namespace when a component
 * first uses it, in the language in use only. (i18next-resources-to-backend does the same with a
 * function like messageFile, but costs 0.35 kB gzip of the scoring screen's budget, mostly for
 * a check of the names that the lookup above already makes.)
 */
export const lazyNamespaces: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    messageFile(language, namespace).then(
      (file) => callback(null, file.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};
