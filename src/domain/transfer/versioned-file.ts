import { TimestampSchema } from '../records/base';
import { decodeUtf8, parseJsonSafely } from './safe-json';

/*
 * The one pipeline of Fidelio's files (backups and review files): size, encoding, safe JSON, the
 * envelope's format, version and creation time, upgrades of older versions. Each kind of file adds
 * the checks of its own content; the problems found here are the same for both, so they are worded
 * once (src/ui/file-problem-message.ts).
 */

/** What can be wrong with any Fidelio file before its content is looked at, as values the UI translates. */
export type FileProblem =
  | { code: 'too-large'; size: number; max: number }
  | { code: 'empty' }
  | { code: 'unreadable' }
  /** Checking the file failed unexpectedly; `error` is the error's own message (issue 14 #7). */
  | { code: 'check-failed'; error: string }
  | { code: 'not-utf8' }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'not-object' }
  | { code: 'wrong-format'; format: string }
  | { code: 'bad-version' }
  | { code: 'future-version'; version: number; supported: number }
  | { code: 'bad-exported-at' }
  | { code: 'unknown-field'; field: string };

export const FILE_PROBLEM_CODES = [
  'too-large',
  'empty',
  'unreadable',
  'check-failed',
  'not-utf8',
  'truncated',
  'not-json',
  'not-object',
  'wrong-format',
  'bad-version',
  'future-version',
  'bad-exported-at',
  'unknown-field',
] as const satisfies readonly FileProblem['code'][];

export function isFileProblem(problem: { code: string }): problem is FileProblem {
  return (FILE_PROBLEM_CODES as readonly string[]).includes(problem.code);
}

export type Envelope = Record<string, unknown> & { format: string; version: number; exportedAt: string };

export interface FileFormat {
  /** What the file says it is; any other `format` is a different kind of file. */
  format: string;
  /** The version this app writes. Raise it with an entry in `upgrades` and a fixture of the old version. */
  version: number;
  /** Larger files are refused from File.size before a byte is read (reliability.md #26). */
  maxBytes: number;
  /** The envelope's own fields besides format, version and exportedAt; any other field is refused. */
  fields: readonly string[];
  /** upgrades[n] turns a version-n envelope into version n+1 (style.md: old files keep importing). */
  upgrades: Readonly<Record<number, (envelope: Envelope) => Envelope>>;
}

/**
 * A file of another kind or version stops at once; unknown fields and a bad creation time are
 * `problems` listed together with those of the content, so the user sees every problem at once.
 */
export type EnvelopeResult = { ok: true; envelope: Envelope; problems: FileProblem[] } | { ok: false; problems: FileProblem[] };
export type ParsedFile = { ok: true; value: unknown; dropped: WeakMap<object, string[]> } | { ok: false; problems: FileProblem[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function sizeProblem(size: number, spec: Pick<FileFormat, 'maxBytes'>): FileProblem | null {
  return size > spec.maxBytes ? { code: 'too-large', size, max: spec.maxBytes } : null;
}

/** From bytes to JSON: UTF-8 only, prototype keys dropped and remembered (reliability.md #27, #28). */
export function parseFileBytes(bytes: Uint8Array): ParsedFile {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = parseJsonSafely(decoded.text);
  return parsed.ok ? parsed : { ok: false, problems: [parsed.problem] };
}

/**
 * The envelope of a parsed file of any released version, upgraded to the current one: the format
 * first (another kind of file says only that), then the version, then unknown fields and the time.
 */
export function readEnvelope(value: unknown, spec: FileFormat): EnvelopeResult {
  if (!isPlainObject(value)) return { ok: false, problems: [{ code: 'not-object' }] };
  if (value.format !== spec.format)
    return { ok: false, problems: [{ code: 'wrong-format', format: typeof value.format === 'string' ? value.format : '' }] };
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problems: [{ code: 'bad-version' }] };
  if (version > spec.version) return { ok: false, problems: [{ code: 'future-version', version, supported: spec.version }] };
  let envelope = { ...value, version } as Envelope;
  for (let from = version; from < spec.version; from += 1) {
    const upgrade = spec.upgrades[from];
    if (!upgrade) return { ok: false, problems: [{ code: 'bad-version' }] };
    envelope = upgrade(envelope);
  }
  const known = new Set(['format', 'version', 'exportedAt', ...spec.fields]);
  const problems: FileProblem[] = Object.keys(envelope)
    .filter((field) => !known.has(field))
    .map((field) => ({ code: 'unknown-field', field }));
  if (!TimestampSchema.safeParse(envelope.exportedAt).success) problems.push({ code: 'bad-exported-at' });
  return { ok: true, envelope, problems };
}
