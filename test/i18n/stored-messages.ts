// The app's message files as stored in src/i18n/<language>/<area>.json, read from the folders
// themselves, for the tests that check every message (a new area or language needs no edit there).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const I18N = path.resolve('src/i18n');

export type Tree = { [key: string]: string | Tree };

/** The area files (i18next namespaces) of a language. */
export function areasOf(locale: string): string[] {
  return readdirSync(path.join(I18N, locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** One area's messages in a language. */
export function read(locale: string, area: string): Tree {
  return JSON.parse(readFileSync(path.join(I18N, locale, `${area}.json`), 'utf8')) as Tree;
}

/** Every text as [dotted key, text]. A value that is neither text nor a group is reported as such. */
export function texts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[at, value]];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return texts(value, at);
    return [[at, `<not a text: ${JSON.stringify(value)}>`]];
  });
}
