// @vitest-environment node
// `npm run team-server` as a person starts it: prints where it is and how to set up a team,
// answers on loopback, and stops cleanly on Ctrl+C / SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, expect, it } from 'vitest';
import { loadFactor } from '../load-factor.mjs';

let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function waitForOutput(process: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    process.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    process.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

it(
  'starts in memory on 127.0.0.1 with a generated admin, tells how to set up a team, and stops on SIGTERM',
  async () => {
    child = spawn(process.execPath, ['scripts/team-server/cli.mjs', '--memory', '--port', '0'], {
      env: { ...process.env, FIDELIO_TEAM_ADMIN: '', FIDELIO_TEAM_ADMIN_PASSWORD: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForOutput(child, /Stop with Ctrl\+C/, 20_000 * loadFactor());
    const couchUrl = /CouchDB:\s+(http:\/\/127\.0\.0\.1:\d+\/couchdb)\//.exec(output)?.[1];
    expect(couchUrl).toBeDefined();
    const setupLine = /npm run team-setup -- '(http:\/\/admin:[^@']+@127\.0\.0\.1:\d+\/couchdb)' team\.json/.exec(output);
    expect(setupLine).not.toBeNull();

    // The printed admin works; anonymous listing does not.
    const admin = new URL(setupLine![1]!);
    const authorization = 'Basic ' + Buffer.from(`${admin.username}:${decodeURIComponent(admin.password)}`).toString('base64');
    expect((await fetch(`${couchUrl}/_all_dbs`, { headers: { authorization } })).status).toBe(200);
    expect((await fetch(`${couchUrl}/_all_dbs`)).status).toBe(401);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  },
  30_000 * loadFactor(),
);
