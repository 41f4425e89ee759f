/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
// One policy for the served app (no inline scripts, nothing from another origin), written once in
// a plain module that the team server, which serves the same build, imports too.
import { cacheControlFor, DOCUMENT_POLICY, SECURITY_HEADERS } from './scripts/team-server/security-headers.mjs';

export { DOCUMENT_POLICY, SECURITY_HEADERS };

// Unit test folders whose tests render components, and so run in jsdom (see `test.projects`).
const RENDERING_TEST_FOLDERS = ['test/app', 'test/features', 'test/ui', 'test/widgets'];

// Test files that need their modules fresh: they mock a module (vi.mock), or test a module's
// state before its first use. They run with isolation (their own module graph), the rest without.
const OWN_MODULES = [
  'test/app/update-prompt.test.tsx',
  'test/db/demo-atomic.test.ts',
  'test/db/demo-tracked-atomic.test.ts',
  'test/i18n/with-messages.test.tsx',
  'test/ui/use-after-first-paint.test.tsx',
];

const rendering = (file: string) => RENDERING_TEST_FOLDERS.some((folder) => file.startsWith(`${folder}/`));

/**
 * `vite preview`, the browser tests' and the benchmark's host, sends the deployment's Cache-Control
 * (README, "Deployment"; the rule is shared with the team server). Without it every file came with
 * `no-cache`, so each load asked the server again for each of its scripts before running them,
 * which a deployed app does not (issue 15: the benchmark's loads are meant with a warm HTTP cache).
 * A missing file is a 404 without it, so it is not kept as missing.
 */
function hostCaching(): Plugin {
  return {
    name: 'fidelio-host-caching',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://host').pathname;
        const value = cacheControlFor(pathname);
        if (value === 'no-cache' || existsSync(path.join(outDir, pathname))) res.setHeader('Cache-Control', value);
        next();
      });
    },
  };
}

/** One Vitest project split in two: its files that need fresh modules, isolated, and the rest, not. */
function testProject(name: 'node' | 'jsdom', test: { environment: string; setupFiles: string[]; include: string[]; exclude: string[] }) {
  const own = OWN_MODULES.filter((file) => rendering(file) === (name === 'jsdom'));
  return [
    { extends: true as const, test: { ...test, name, isolate: false, exclude: [...test.exclude, ...own] } },
    { extends: true as const, test: { ...test, name: `${name} (isolated)`, isolate: true, include: own } },
  ];
}

// The team server answers the CouchDB API under /couchdb/ on the app's origin (issue 17). The
// service worker must never answer a navigation there with the app's index.html (a person opening a
// CouchDB address, or a redirect during sign-in, would get the app instead of the server's answer).
export const NAVIGATE_FALLBACK_DENYLIST = [/^\/couchdb(\/|$)/];

const CSP_TAG = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/>/g;

// The build refuses an index.html whose policy tag is missing, doubled or different from
// DOCUMENT_POLICY, so an edit to the page can never ship it without its policy. The dev server
// needs React's inline refresh preamble and Vite's injected <style> tags, so there (only) the
// tag allows inline scripts and styles; everything else stays as strict as in production.
export function cspTag(): Plugin {
  return {
    name: 'fidelio-csp-tag',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => {
        const tags = [...html.matchAll(CSP_TAG)];
        if (tags.length !== 1 || tags[0]?.[1] !== DOCUMENT_POLICY) {
          throw new Error(
            `index.html must have exactly one <meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}" />; found ${tags.length === 0 ? 'none' : tags.map((tag) => tag[1]).join(' | ')}`,
          );
        }
        if (!context.server) return html;
        const devPolicy = DOCUMENT_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
          "style-src 'self'",
          "style-src 'self' 'unsafe-inline'",
        );
        return html.replace(CSP_TAG, `<meta http-equiv="Content-Security-Policy" content="${devPolicy}" />`);
      },
    },
  };
}

// The namespaces the first screen needs are imported only after the main script has run and chosen
// the language; a modulepreload lets the browser fetch them alongside it instead. Which namespaces
// those are is read from the build itself: the ones whose keys (`'common.…'`) appear in the start
// chunk or the chunks it imports statically. Finnish only, the app's first language: preloading
// every language made each device download all of them before the first screen, and the scoring
// screen's 150 kB budget has no room for that. Another language is fetched when the main script
// chooses it (setupI18n asks for the namespaces named here, by the links' data-namespace), and the
// service worker has every file after the first visit anyway. A build that finds none fails
// instead of silently dropping the preload.
const PRELOAD_LANGUAGE = 'fi';

// The namespaces the first screen's code uses, read from the source: the modules the entry
// imports statically (followed through relative imports) and the `'namespace:` keys in them.
// Each language's start namespaces then travel as one chunk (one request, one gzip stream: 0.5 kB
// less than three), which the preload below fetches for Finnish.
const ENTRY = 'src/app/main.tsx';
const NAMESPACE_KEY = /["'`]([a-z][A-Za-z0-9]*):/g;
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s*'(\.[^']+)'|^\s*import\s*'(\.[^']+)'/gm;

let startNamespacesFound: Set<string> | undefined;

export function startNamespaces(root: string): Set<string> {
  const messageFiles = readdirSync(path.join(root, 'src/i18n/fi')).map((file) => file.replace(/\.json$/, ''));
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments left out: a key named in a comment is not a key the code asks for.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
    for (const [, ns] of code.matchAll(NAMESPACE_KEY)) if (ns && messageFiles.includes(ns)) found.add(ns);
    for (const match of code.matchAll(STATIC_IMPORT)) {
      if (/^\s*import\s+type\s/.test(match[0])) continue;
      const base = path.resolve(path.dirname(file), match[1] ?? match[2] ?? '');
      const target = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (target) visit(target);
    }
  };
  visit(path.join(root, ENTRY));
  return found;
}

function preloadStartMessages(): Plugin {
  return {
    name: 'fidelio-preload-start-messages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        if (!context.bundle) return [];
        const chunks = Object.values(context.bundle).filter((output) => output.type === 'chunk');
        const messageChunks = new Map<string, string>();
        for (const chunk of chunks) {
          for (const id of chunk.moduleIds) {
            const match = /[\\/]src[\\/]i18n[\\/]([a-z]+)[\\/]([A-Za-z0-9]+)\.json$/.exec(id);
            if (match?.[1] === PRELOAD_LANGUAGE && match[2]) messageChunks.set(match[2], chunk.fileName);
          }
        }
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const startCode: string[] = [];
        const visit = (fileName: string, seen: Set<string>) => {
          const chunk = byName.get(fileName);
          if (!chunk || seen.has(fileName)) return;
          seen.add(fileName);
          startCode.push(chunk.code);
          for (const imported of chunk.imports) visit(imported, seen);
        };
        const seen = new Set<string>();
        for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName, seen);
        const code = startCode.join('\n');
        const used = [...messageChunks.keys()].filter((ns) => new RegExp(`["'\`]${ns}:`).test(code)).sort();
        if (used.length === 0)
          throw new Error('fidelio-preload-start-messages: no namespace found in the start chunk; the preload would be lost');
        const files = new Map<string, string[]>();
        for (const ns of used) files.set(messageChunks.get(ns) ?? '', [...(files.get(messageChunks.get(ns) ?? '') ?? []), ns]);
        return [...files].map(([file, names]) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}`, 'data-namespace': names.join(' ') },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The scoring screen's first read (src/app/first-read-start.ts) is an entry of its own, put in
// index.html ahead of the app's script: a module that small is fetched, compiled and run while the
// browser is still compiling the app's JavaScript, so its IndexedDB read is done by the time the app
// runs instead of starting then (issue 15). The app imports the same file, so it is one module.
const FIRST_READ_ENTRY = 'src/app/first-read-start.ts';
const FIRST_READ_MODULES =
  /[\\/]src[\\/](app[\\/]first-read-start|db[\\/]first-read|db[\\/]schema-versions|domain[\\/]fidelity[\\/]scale-definition)\.ts$/;

// What the scoring screen loads once its first screen is painted: the side column (evidence,
// recommendations and what became of the previous review's, the review's status controls) and a
// score's write checks (the records' schemas, the integrity check). Left to itself the bundler split
// these and what they import into 28 chunks, most of them shared with other screens: at 4× CPU each
// request cost ~4 ms of the main thread, all in the side column's render, the task a reviewer's
// second tap met (issue 15: that task 290 → 70–100 ms, bench/trace-scoring.mjs MODE=load). One chunk
// instead, with what they import; a screen that uses part of it loads it whole (25 kB gzip, in the
// service worker's cache after the first visit). The build fails if one of these leaves the chunk.
const SCORING_LATER_FILES = [
  'src/features/reviews/evidence-panel.tsx',
  'src/features/reviews/recommendation-list.tsx',
  'src/features/reviews/review-status-controls.tsx',
  'src/widgets/recommendation-follow-up.tsx',
  'src/widgets/follow-up-list.tsx',
  'src/domain/records/review.ts',
  'src/domain/integrity/check-records.ts',
  'src/domain/integrity/references.ts',
];
const SCORING_LATER_CHUNK = 'scoring-later';
const isFile = (id: string, file: string) => id.replaceAll('\\', '/').endsWith(`/${file}`);
const isScoringLater = (id: string) => SCORING_LATER_FILES.some((file) => isFile(id, file));
// The database's module (loaded before the side column, src/db/load-app-db.ts) keeps a chunk of its
// own: in the chunk above, the database would open only after all of it had loaded and run.
const isAppDb = (id: string) => isFile(id, 'src/db/app-db.ts');

export function scoringLaterChunk(): Plugin {
  return {
    name: 'fidelio-scoring-later-chunk',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find(
        (output): output is Rollup.OutputChunk => output.type === 'chunk' && output.name === SCORING_LATER_CHUNK,
      );
      const missing = SCORING_LATER_FILES.filter((file) => !chunk?.moduleIds.some((id) => isFile(id, file)));
      if (missing.length > 0)
        throw new Error(`fidelio-scoring-later-chunk: not in the ${SCORING_LATER_CHUNK} chunk: ${missing.join(', ')}`);
    },
  };
}

export function firstReadScript(): Plugin {
  return {
    name: 'fidelio-first-read-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output): output is Rollup.OutputChunk =>
            output.type === 'chunk' && output.isEntry && output.facadeModuleId?.endsWith(FIRST_READ_ENTRY) === true,
        );
        if (!chunk) throw new Error(`fidelio-first-read-script: no entry chunk for ${FIRST_READ_ENTRY} in the build`);
        // Vite preloads it as one of the app's imports; the script tag loads it already.
        const page = html.replace(new RegExp(`\\s*<link rel="modulepreload"[^>]*href="/${chunk.fileName}">`), '');
        const appScript = page.indexOf('<script type="module"');
        if (appScript < 0) throw new Error('fidelio-first-read-script: index.html has no module script to go before');
        return `${page.slice(0, appScript)}<script type="module" crossorigin src="/${chunk.fileName}"></script>\n    ${page.slice(appScript)}`;
      },
    },
  };
}

// V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the start
// chunks is compiled eagerly, on a background thread while the file streams in, and kept in the code
// cache with it. Left to its heuristics V8 compiled most of them lazily on the main thread when first
// called, in the middle of the first render: on the scoring screen at 4x CPU that was ~100-190 ms of a
// start's main-thread time (bench/trace-scoring.mjs MODE=load, same run, with and without). V8 reads it
// only on the file's first line. Only the start chunks (the entry and what it imports statically): they
// are what runs on every start; the lazily loaded screens keep V8's heuristics. A chunk's name keeps the
// hash of its code without the line, which is the same in every build.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHintForStartChunk(): Plugin {
  return {
    name: 'fidelio-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own additions to the chunk (its preamble of preloaded dependencies).
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        const entries = chunks.filter((chunk) => chunk.isEntry);
        if (entries.length === 0) throw new Error('fidelio-compile-hint: no entry chunk in the build');
        const start = new Set(entries.flatMap((entry) => [entry.fileName, ...entry.imports]));
        // At the very top of the file, where V8 looks for it (before Vite's own preamble).
        for (const chunk of chunks) if (start.has(chunk.fileName)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}

export default defineConfig({
  // Message files are imported whole (i18next takes a namespace's default export): without named
  // exports for their top-level groups, each preloaded namespace chunk is smaller.
  json: { namedExports: false },
  plugins: [
    react(),
    cspTag(),
    preloadStartMessages(),
    compileHintForStartChunk(),
    firstReadScript(),
    scoringLaterChunk(),
    hostCaching(),
    VitePWA({
      // Prompt, never auto-update: an automatic reload can destroy a review being typed.
      registerType: 'prompt',
      injectRegister: null,
      includeManifestIcons: false,
      manifest: {
        name: 'Fidelio – IPS-laatuarviointi',
        short_name: 'Fidelio',
        description: 'IPS fidelity reviews, caseloads and employer contacts, offline first.',
        lang: 'fi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/bundle-size.mjs reads it to measure what the scoring screen loads.
    manifest: true,
    // Every browser the app supports (es2022) knows <link rel="modulepreload">; no polyfill.
    modulePreload: { polyfill: false },
    // Everything the entry imports statically goes into two chunks, React and the rest, and Dexie
    // (loaded after the first render, src/db/load-app-db.ts) into one of its own. Left to itself the
    // bundler made 23 small shared chunks of it; on a slow connection each costs a round trip, and a
    // phone opens only about six at once (Lighthouse's largest paint went from 3.3 s to 2.7 s). One
    // chunk was compiled on one background thread while the main thread waited; separate chunks are
    // compiled side by side (issue 15: the first choice ~35 ms sooner at 4× CPU, interleaved loads
    // of both builds), and the libraries' files stay cached across releases.
    rolldownOptions: {
      input: { index: path.resolve(import.meta.dirname, 'index.html'), 'first-read': path.resolve(import.meta.dirname, FIRST_READ_ENTRY) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-read', test: FIRST_READ_MODULES, priority: 5 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/, priority: 3 },
            { name: 'start', tags: ['$initial'], priority: 2 },
            { name: 'app-db', test: isAppDb, priority: 1 },
            { name: SCORING_LATER_CHUNK, test: isScoringLater, priority: 0 },
            {
              name: (id: string) => {
                const match = /[\\/]src[\\/]i18n[\\/]([a-z]+)[\\/]([A-Za-z0-9]+)\.json$/.exec(id);
                return match?.[1] && match[2] && (startNamespacesFound ??= startNamespaces(process.cwd())).has(match[2])
                  ? `messages-${match[1]}`
                  : null;
              },
            },
          ],
        },
      },
    },
  },
  preview: {
    headers: SECURITY_HEADERS,
  },
  test: {
    // Only a bound for a hung test: tests wait on conditions, which return as soon as they hold.
    // Screens render over fake-indexeddb on a shared 2-core machine, some after loading the
    // demo's 2,400 records; under load 5, 8 and 15 s bounds failed while the behaviour was right.
    // Testing Library's waits (findBy…, waitFor) get 20 s in test/setup.ts, for the same reason.
    // Both grow with the load per core when a test file starts (test/setup-node.ts).
    testTimeout: 60_000,
    restoreMocks: true,
    // Two workers on a 2-core machine (Vitest's default there is one).
    maxWorkers: 2,
    // Worker threads, and each worker keeps its modules from one test file to the next
    // (isolate: false): a new process per file, each importing Vitest, React, Dexie and the app
    // again, was most of the unit tests' CPU time (measured on the node project's 96 files: 154 CPU
    // s with forks and isolation, 62 without). Tests do not lean on fresh module state: each makes
    // its own database (or clears the app's in beforeEach) and restores its mocks. The few that do
    // need a module's first state, or mock a module, are listed in OWN_MODULES and run isolated.
    pool: 'threads',
    // By folder: pure tests run in node, which starts in milliseconds; jsdom only where components
    // render. A new folder under test/ runs in node unless it is added to RENDERING_TEST_FOLDERS; a
    // single file can opt in with `// @vitest-environment jsdom`.
    projects: [
      ...testProject('node', {
        environment: 'node',
        setupFiles: ['./test/setup-node.ts'],
        include: ['test/**/*.test.{ts,tsx}'],
        exclude: ['test/e2e/**', ...RENDERING_TEST_FOLDERS.map((folder) => `${folder}/**`)],
      }),
      ...testProject('jsdom', {
        environment: 'jsdom',
        setupFiles: ['./test/setup-node.ts', './test/setup.ts'],
        include: RENDERING_TEST_FOLDERS.map((folder) => `${folder}/**/*.test.{ts,tsx}`),
        exclude: [],
      }),
    ],
  },
});
