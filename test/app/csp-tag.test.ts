import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { cspTag, DOCUMENT_POLICY } from '../../vite.config';

const indexHtml = readFileSync(path.resolve(__dirname, '../../index.html'), 'utf8');

/** Runs the plugin's index.html step as the build (no server) or the dev server would. */
function transform(html: string, isDev = false): string {
  const hook = cspTag().transformIndexHtml as { handler: (html: string, context: IndexHtmlTransformContext) => string };
  const context = { path: '/index.html', filename: 'index.html', ...(isDev ? { server: {} } : {}) } as IndexHtmlTransformContext;
  return hook.handler(html, context);
}

const tagOf = (html: string) => [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((m) => m[1]);

describe('issue 14 #11: the CSP lives in index.html as a tag', () => {
  it('index.html carries exactly the document policy, and the build keeps it unchanged', () => {
    expect(tagOf(indexHtml)).toEqual([DOCUMENT_POLICY]);
    expect(transform(indexHtml)).toBe(indexHtml);
  });

  it('the build refuses an index.html whose tag is gone, doubled or changed', () => {
    const tag = indexHtml.match(/ *<meta\s+http-equiv="Content-Security-Policy"[^>]*>\n/)?.[0] ?? '';
    expect(tag).not.toBe('');
    expect(() => transform(indexHtml.replace(tag, ''))).toThrow(/Content-Security-Policy/);
    expect(() => transform(indexHtml.replace(tag, tag + tag))).toThrow(/Content-Security-Policy/);
    expect(() => transform(indexHtml.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toThrow(/Content-Security-Policy/);
  });

  it('the dev server allows only inline scripts and styles more than production', () => {
    const [devPolicy] = tagOf(transform(indexHtml, true));
    expect(devPolicy).toBe(
      DOCUMENT_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
        "style-src 'self'",
        "style-src 'self' 'unsafe-inline'",
      ),
    );
    expect(devPolicy).toContain("connect-src 'self'");
  });
});
