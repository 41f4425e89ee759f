// Issue 18: message areas become i18next namespaces. Re-runnable and idempotent: run it after
// merging branches that still write `t('area.group.key')`, and it brings every call site to the
// namespace form. What it does, file by file (src/ and test/, .ts and .tsx):
//
// 1. Every string that is an old-style key — `'caseload.group.key'` whose first part names a
//    message file (src/i18n/en/<namespace>.json) and whose rest is a key of that file (or a plural
//    base, or a group prefix ending in '.') — becomes `'caseload:group.key'`. This covers t('…'),
//    i18n.t('…'), i18next.t/exists('…'), <Trans i18nKey="…">, keys kept in constants, literal key
//    types, and the static start of template literals (`caseload.status.${x}` →
//    `caseload:status.${x}`) and of concatenations ('caseload.status.' + x). A string already in
//    the `namespace:` form is left alone, so a second run changes nothing.
// 2. Every `useTranslation(…)` call gets the namespaces the file uses: those of its own keys and
//    those of the modules it imports that translate without a hook of their own (helpers given a
//    `t`, key tables), followed through further such modules. react-i18next then loads them and
//    holds the component (Suspense) until they are there, so no raw key is ever shown.
// 3. `lazyScreen(['area', …], load)` loses its hand-kept area list: `lazyScreen(load)`.
// 4. src/i18n/resources.ts (the typed keys, CustomTypeOptions) is written from the message files.
//
// It stops with a list (exit 1) where it cannot decide: a call of the removed ensureFeatureMessages,
// or an old-style key that names a namespace but matches no key (a typo, a deleted key, or a key
// built in a way it cannot follow). Usage: node scripts/codemods/i18n-namespaces.mjs [--check]
// (--check writes nothing and exits 1 if anything would change).
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const I18N = path.join(ROOT, 'src', 'i18n');
const CHECK = process.argv.includes('--check');

// ---- The namespaces and their keys, from the English files (the parity test keeps the others equal).
const PLURAL = /_(ordinal_)?(zero|one|two|few|many|other)$/;
const namespaces = new Map();
for (const file of readdirSync(path.join(I18N, 'en'))
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const keys = new Set();
  const groups = new Set();
  const walk = (tree, prefix) => {
    for (const [key, value] of Object.entries(tree)) {
      const at = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') {
        groups.add(`${at}.`);
        walk(value, at);
      } else {
        keys.add(at);
        const plural = PLURAL.exec(at);
        if (plural) keys.add(at.slice(0, plural.index));
      }
    }
  };
  walk(JSON.parse(readFileSync(path.join(I18N, 'en', file), 'utf8')), '');
  namespaces.set(file.slice(0, -'.json'.length), { keys, groups });
}

/** 'caseload.group.key' → 'caseload:group.key' when it is a key (whole) or a key's start (partial). */
function namespaced(text, partial) {
  const match = /^([a-z][A-Za-z0-9]*)\.(.+)$/s.exec(text);
  if (!match) return null;
  const [, ns, rest] = match;
  const known = namespaces.get(ns);
  if (!known) return null;
  const isKey = partial ? [...known.keys].some((key) => key.startsWith(rest)) : known.keys.has(rest) || known.groups.has(rest);
  return isKey ? { text: `${ns}:${rest}`, ns } : { unknown: true, ns };
}

// ---- Files.
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'e2e' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}
const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'test'))].filter(
  (file) => !file.startsWith(I18N + path.sep) || file.endsWith('.test.ts'),
);
const relative = (file) => path.relative(ROOT, file);

const problems = [];
const infos = new Map(); // file → { text, edits, own: Set<ns>, imports: string[], hookCalls: node[] }

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (infos.has(candidate)) return candidate;
  }
  return null;
}

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const info = { text, source, edits: [], own: new Set(), keyCounts: new Map(), imports: [], hookCalls: [] };
  const count = (ns) => info.keyCounts.set(ns, (info.keyCounts.get(ns) ?? 0) + 1);
  const where = (node) => `${relative(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !node.importClause?.isTypeOnly) {
      info.imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const found = namespaced(node.text, node.text.endsWith('.'));
      if (found?.text) {
        const start = node.getStart() + 1;
        info.edits.push({ start, end: node.getEnd() - 1, text: found.text.replace(/[\\'"`$]/g, (c) => `\\${c}`) });
        info.own.add(found.ns);
        count(found.ns);
      } else if (found?.unknown && /^[a-z][\w.-]*$/i.test(node.text) && !/\.(json|csv|pdf|png|svg|js|mjs|ts|tsx)$/.test(node.text)) {
        problems.push(`${where(node)}: '${node.text}' names the ${found.ns} namespace but is none of its keys`);
      }
    } else if (ts.isTemplateHead(node)) {
      const found = namespaced(node.text, true);
      if (found?.text) {
        info.edits.push({ start: node.getStart() + 1, end: node.getStart() + 1 + node.text.length, text: found.text });
        info.own.add(found.ns);
        count(found.ns);
      }
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'useTranslation') info.hookCalls.push(node);
      if (callee === 'ensureFeatureMessages')
        problems.push(
          `${where(node)}: ensureFeatureMessages is gone; load the module alone (its component's useTranslation loads the namespaces)`,
        );
      if (callee === 'lazyScreen' && node.arguments.length === 2 && ts.isArrayLiteralExpression(node.arguments[0])) {
        info.edits.push({ start: node.arguments[0].getStart(), end: node.arguments[1].getStart(), text: '' });
      }
    }
    // Namespace-form strings already there count for the file too (a second run, or new code).
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) &&
      /^[a-z][A-Za-z0-9]*:/.test(node.text)
    ) {
      const ns = node.text.slice(0, node.text.indexOf(':'));
      if (namespaces.has(ns)) {
        info.own.add(ns);
        count(ns);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  infos.set(file, info);
}

// ---- Namespaces per file: its own, and those of imported modules without a hook of their own.
const hookless = (file) => infos.get(file).hookCalls.length === 0;
function namespacesOf(file) {
  const found = new Set(infos.get(file).own);
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const specifier of infos.get(current).imports) {
      const target = resolveImport(current, specifier);
      if (!target || seen.has(target) || !hookless(target)) continue;
      seen.add(target);
      for (const ns of infos.get(target).own) found.add(ns);
      queue.push(target);
    }
  }
  // The file's own first namespace leads (the one most of its keys use), the rest alphabetically.
  const counts = infos.get(file).keyCounts;
  return [...found].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
}

let changed = 0;
for (const [file, info] of infos) {
  const edits = [...info.edits];
  if (info.hookCalls.length > 0) {
    const used = namespacesOf(file);
    // Always a list: i18next's types take `namespace:key` only from a t given a list.
    const argument = used.length === 0 ? '' : `[${used.map((ns) => `'${ns}'`).join(', ')}]`;
    for (const call of info.hookCalls) {
      // Already the same list (perhaps wrapped by Prettier): left as it is.
      const [first] = call.arguments;
      const current =
        first && ts.isArrayLiteralExpression(first)
          ? first.elements.map((element) => (ts.isStringLiteral(element) ? element.text : '?'))
          : null;
      if (call.arguments.length === 1 && current?.join() === used.join()) continue;
      if (call.arguments.length === 0 && used.length === 0) continue;
      const openParen = info.text.indexOf('(', call.expression.getEnd());
      edits.push({ start: openParen + 1, end: call.getEnd() - 1, text: argument });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let text = info.text;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  if (text !== info.text) {
    changed += 1;
    if (CHECK) console.log(`would change ${relative(file)}`);
    else writeFileSync(file, text);
  }
}

// ---- Typed keys: one entry per message file.
const names = [...namespaces.keys()];
const resources = `// Written by scripts/codemods/i18n-namespaces.mjs from the message files: run it after adding one.
${names.map((ns) => `import type ${ns} from './en/${ns}.json';`).join('\n')}

/** The namespaces (one per file in src/i18n/<language>/) and their English messages, for typed keys. */
export interface Resources {
${names.map((ns) => `  ${ns}: typeof ${ns};`).join('\n')}
}
`;
const resourcesFile = path.join(I18N, 'resources.ts');
let current = '';
try {
  current = readFileSync(resourcesFile, 'utf8');
} catch {
  // Not written yet.
}
if (current !== resources) {
  changed += 1;
  if (CHECK) console.log(`would change ${relative(resourcesFile)}`);
  else writeFileSync(resourcesFile, resources);
}

console.log(`${CHECK ? 'would change' : 'changed'} ${changed} file(s); ${names.length} namespaces: ${names.join(', ')}`);
if (problems.length > 0) {
  console.error(`\nTo do by hand (${problems.length}):\n${problems.join('\n')}`);
  process.exitCode = 1;
}
if (CHECK && changed > 0) process.exitCode = 1;
