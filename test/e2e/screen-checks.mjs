// What must hold on every screen, measured in the page in one round trip each (plain ESM, for
// every-screen.e2e.mjs): the page no wider than the window, controls big enough to tap, words
// instead of message keys. Each returns what is wrong, so a failure names the element to fix.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

/** The router's own list of addresses, e.g. "/reviews/:reviewId/items/:itemId". */
export const ROUTE_PATTERNS = [...readFileSync(path.join(ROOT, 'src', 'app', 'routes.tsx'), 'utf8').matchAll(/<Route path="([^"]+)"/g)].map(
  (m) => m[1],
);

/** "/clients/:clientId" → a RegExp matching "/clients/<id>" and nothing longer. */
export const routeMatcher = (pattern) => new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/?]+')}(?:\\?.*)?$`);

/** Elements whose right edge is past the window, widest first (what to fix); null when none. */
export function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    // Inside a box that scrolls sideways on its own, an element does not widen the page.
    const inScroller = (element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const describe = (element) =>
      `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} → ${Math.round(element.getBoundingClientRect().right)}px "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const past = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 1);
    const culprits = past.filter((element) => !inScroller(element));
    // Nothing found outside scrollers: then the widest of all, whatever contains them.
    return { scrollWidth, width, culprits: (culprits.length > 0 ? culprits : past).map(describe).slice(-8) };
  });
}

/** Interactive elements under 44×44 CSS px, except links inside running text (WCAG 2.5.8). */
export function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    for (const element of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const isToggle = element.matches('input[type=radio], input[type=checkbox]');
      const target = isToggle ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right < 0) continue;
      if (element.tagName === 'A' && element.closest('p')) continue;
      if (box.width < 44 || box.height < 44) {
        const name = (target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 40);
        small.push(`${target.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

const NAMESPACES = readdirSync(path.join(ROOT, 'src', 'i18n', 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
// A key as i18next shows it when its message is missing: `namespace:group.name`, or
// `namespace.group.name` (file names such as backup.json or a CSV's name are not keys).
const KEY = new RegExp(`\\b(?:${NAMESPACES.join('|')})[.:][a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\b(?<!\\.(?:json|csv|pdf|png))`, 'g');

/** Message keys in the page's text and in the attributes a person hears or sees. */
export function rawKeys(page) {
  return page.evaluate(
    ({ source }) => {
      const pattern = new RegExp(source, 'g');
      const texts = [document.title, document.body.innerText];
      for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt], [aria-description]')) {
        for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) texts.push(element.getAttribute(name) ?? '');
      }
      return [...new Set(texts.flatMap((text) => text.match(pattern) ?? []))];
    },
    { source: KEY.source },
  );
}
