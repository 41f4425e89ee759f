// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstReadScript } from '../../vite.config';

// Issue 15: the scoring screen's first read runs as a script of its own, ahead of the app's, and
// the app imports the very same file (one module, one read). This builds a small app laid out as
// Fidelio's (an entry at src/app/first-read-start.ts that the main script imports) with the plugin.
describe('the first read is a script of its own in index.html, ahead of the app', () => {
  let dir = '';
  let html = '';
  let chunks: Rollup.OutputChunk[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fidelio-first-read-'));
    await writeFile(
      path.join(dir, 'index.html'),
      '<!doctype html><head></head><div id="root"></div><script type="module" src="./main.js"></script>',
    );
    await writeFile(
      path.join(dir, 'main.js'),
      "import { take } from './src/app/first-read-start.ts';\ndocument.body.append(String(take()));\n",
    );
    await mkdir(path.join(dir, 'src', 'app'), { recursive: true });
    await writeFile(
      path.join(dir, 'src', 'app', 'first-read-start.ts'),
      'const started = Date.now();\nexport const take = () => started;\n',
    );
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [firstReadScript()],
      build: {
        write: false,
        minify: true,
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { index: path.join(dir, 'index.html'), 'first-read': path.join(dir, 'src', 'app', 'first-read-start.ts') },
        },
      },
    });
    const files = (Array.isArray(output) ? output : [output as Rollup.RollupOutput]).flatMap((result) => result.output);
    chunks = files.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
    const page = files.find((file) => file.fileName === 'index.html');
    html = page?.type === 'asset' ? String(page.source) : '';
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the first read before the app', () => {
    const first = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/app/first-read-start.ts'));
    const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('index.html'));
    expect(first).toBeDefined();
    const scripts = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual([first?.fileName, app?.fileName]);
  });

  it('is the file the app imports, not a copy of it', () => {
    const first = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('src/app/first-read-start.ts'));
    const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('index.html'));
    expect(app?.imports).toContain(first?.fileName);
    expect(app?.code).not.toContain('Date.now()');
  });
});
