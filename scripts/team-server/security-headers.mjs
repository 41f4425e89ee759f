// The app's one security policy and response headers. vite.config.ts imports them (the policy tag
// in index.html, `vite preview`'s headers) and so does the team server that serves the same built
// app: one source, so the two hosts cannot drift apart. Plain ESM, as node runs the team server
// without compiling (types: security-headers.d.mts).

// No inline scripts, nothing from another origin. Client data must never leave the device, so
// connect-src is the app's own origin only. DOCUMENT_POLICY is written as a tag in index.html, so a
// static host enforces it even without headers; frame-ancestors only works as a header, so the
// header adds it.
export const DOCUMENT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const CONTENT_SECURITY_POLICY = `${DOCUMENT_POLICY}; frame-ancestors 'none'`;

// A production host sends the same (the README has them as an nginx example, with the
// Cache-Control a host adds for sw.js, index.html and assets).
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

// The Cache-Control for each file of the built app, as the README's deployment table has it: what
// names the current version (index.html and every page address, sw.js, the web manifest) is
// revalidated on every visit, or an update never arrives; files whose names carry a content hash
// (assets/, workbox-<hash>.js) never change under that name; icons may change between releases.
// `vite preview` (the tests' and the benchmark's host) and the team server both send it.
const IMMUTABLE = 'public, max-age=31536000, immutable';
export function cacheControlFor(pathname) {
  if (pathname.startsWith('/assets/') || /^\/workbox-[0-9a-f]+\.js$/.test(pathname)) return IMMUTABLE;
  if (/\.(png|svg|ico|txt)$/.test(pathname)) return 'public, max-age=86400';
  return 'no-cache';
}
