// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintForStartChunk } from '../../vite.config';

// Issue 15: V8 reads the compile hint only as the file's first line. Vite puts a preamble of its own
// (the dependencies its dynamic imports preload) at the top of the entry chunk; this builds a small
// app whose entry has one and imports a library chunk, with the plugin, and reads the chunks as they
// would be written.
describe('the start chunks carry V8 compile hint on their first line', () => {
  let dir = '';
  let chunks: Rollup.OutputChunk[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fidelio-compile-hint-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>');
    // Two screens loaded on demand that share a module: loading either preloads the shared chunk too.
    await writeFile(
      path.join(dir, 'main.js'),
      "import { greet } from './lib.js';\nconst open = (name) => (name === 'a' ? import('./a.js') : import('./b.js'));\nopen(location.hash.slice(1)).then((m) => m.show(greet));\n",
    );
    // A library in a chunk of its own that the entry imports statically, as React and Dexie are.
    await writeFile(path.join(dir, 'lib.js'), 'export const greet = (name) => `hello ${name}`;\n');
    await writeFile(path.join(dir, 'a.js'), "import { shared } from './shared.js';\nexport const show = () => shared('a');\n");
    await writeFile(path.join(dir, 'b.js'), "import { shared } from './shared.js';\nexport const show = () => shared('b');\n");
    await writeFile(path.join(dir, 'shared.js'), 'export const shared = (name) => document.body.append(name);\n');
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [compileHintForStartChunk()],
      build: {
        write: false,
        minify: true,
        modulePreload: { polyfill: false },
        rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'lib', test: /lib\.js$/ }] } } },
      },
    });
    chunks = (Array.isArray(output) ? output : [output as Rollup.RollupOutput])
      .flatMap((result) => result.output)
      .filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is the entry chunk's first line, above Vite's preamble", () => {
    const entry = chunks.find((chunk) => chunk.isEntry);
    expect(entry).toBeDefined();
    const [first, second] = (entry?.code ?? '').split('\n');
    expect(first).toBe(COMPILE_HINT);
    expect(second).toMatch(/^const __vite__mapDeps/);
  });

  it('is the first line of the chunks the entry imports statically', () => {
    const lib = chunks.find((chunk) => chunk.name === 'lib');
    expect(chunks.find((chunk) => chunk.isEntry)?.imports).toContain(lib?.fileName);
    expect((lib?.code ?? '').split('\n')[0]).toBe(COMPILE_HINT);
  });

  it('is left out of the chunks loaded later', () => {
    const later = chunks.filter((chunk) => !chunk.isEntry && chunk.name !== 'lib');
    expect(later.length).toBeGreaterThan(0);
    for (const chunk of later) expect(chunk.code).not.toContain(COMPILE_HINT);
  });
});
