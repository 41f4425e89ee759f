import type { FileProblem } from './versioned-file';

/** Keys that could reach Object.prototype when a parsed object is later spread or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedJson = { ok: true; value: unknown; dropped: WeakMap<object, string[]> } | { ok: false; problem: FileProblem };

/**
 * reliability.md #27: the file must be UTF-8 (the export writes UTF-8). A UTF-16 file or
 * Windows-1252 text ("Äänekoski" saved by an old editor) is refused rather than imported with
 * garbled letters. A UTF-8 byte order mark is allowed and removed.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  const isUtf16Bom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (isUtf16Bom) return { ok: false, problem: { code: 'not-utf8' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.trim() === '' ? { ok: false, problem: { code: 'empty' } } : { ok: true, text };
  } catch {
    return { ok: false, problem: { code: 'not-utf8' } };
  }
}

/** What parseJsonSafely returns when no key was dropped: droppedKeyPaths skips the walk for it. */
export const NO_DROPPED_KEYS: WeakMap<object, string[]> = new WeakMap();

/*
 * A parsed key can only be `__proto__`, `constructor` or `prototype` if the text spells the word
 * out, or writes one of its letters as a \u escape (only lowercase letters and `_` occur in them).
 * A text with neither cannot produce such a key, so it is parsed without the reviver, which makes
 * JSON.parse three to four times slower (113 MB: about 5 s against 1.3 s).
 */
const MAY_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u00(?:5[fF]|[67][0-9a-fA-F])/;

/**
 * reliability.md #28: parses JSON with a reviver that drops `__proto__`, `constructor` and
 * `prototype` keys wherever they are, so no parsed object can carry them into a spread or merge.
 * The dropped keys are remembered per object, so the import can still reject the record that had
 * them (the strict schemas never see them). A file cut short is told apart from one that never
 * was JSON, because "the copy was interrupted" is a different fix for the user.
 */
export function parseJsonSafely(text: string): ParsedJson {
  const dropped = new WeakMap<object, string[]>();
  let droppedCount = 0;
  try {
    if (!MAY_HOLD_FORBIDDEN_KEY.test(text)) return { ok: true, value: JSON.parse(text) as unknown, dropped: NO_DROPPED_KEYS };
    const value: unknown = JSON.parse(text, function reviver(this: object, key: string, child: unknown) {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped.set(this, [...(dropped.get(this) ?? []), key]);
        droppedCount += 1;
        return undefined;
      }
      return child;
    });
    return { ok: true, value, dropped: droppedCount > 0 ? dropped : NO_DROPPED_KEYS };
  } catch {
    const trimmed = text.trim();
    const looksCut = /^[[{]/.test(trimmed) && !/[\]}]$/.test(trimmed);
    return { ok: false, problem: { code: looksCut ? 'truncated' : 'not-json' } };
  }
}

/** Dotted paths (e.g. `texts.fi.__proto__`) of every key the reviver dropped inside `value`. */
export function droppedKeyPaths(value: unknown, dropped: WeakMap<object, string[]>, prefix = ''): string[] {
  if (dropped === NO_DROPPED_KEYS || typeof value !== 'object' || value === null) return [];
  const here = (dropped.get(value) ?? []).map((key) => (prefix ? `${prefix}.${key}` : key));
  const below = Object.entries(value).flatMap(([key, child]) => droppedKeyPaths(child, dropped, prefix ? `${prefix}.${key}` : key));
  return [...here, ...below];
}
