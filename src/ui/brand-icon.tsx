/**
 * The app's icon (public/icon.svg, the same shapes) drawn inline: an <img> of an SVG file makes the
 * browser build a separate SVG document for it, which on a slow tablet cost the start of every
 * screen more than the whole header (bench/trace-scoring.mjs: two or three of them at start-up).
 */
export function BrandIcon() {
  return (
    <svg viewBox="0 0 512 512" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="96" fill="#1f4e79" />
      <path d="M150 120h220v56H214v64h136v56H214v96h-64z" fill="#fff" />
      <circle cx="372" cy="380" r="36" fill="#f2b134" />
    </svg>
  );
}
