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
