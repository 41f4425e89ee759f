import type { AnyNamespaceT } from '../../i18n/translate';
import { useEffect } from 'react';

// Chromium prints the @page margin boxes of styles.css, but their text cannot come from the
// message files directly: the words are handed over in custom properties on the root element,
// which the page margins inherit, in the report's own language.
const PAGE_NUMBER = '--report-page-number';
const RUNNING_TITLE = '--report-running-title';

/** A CSS string token for any text. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** The `content` of the page-number margin box: "sivu 3 / 7" as `"sivu " counter(page) " / " counter(pages)`. */
export function pageNumberContent(t: AnyNamespaceT): string {
  // Private-use characters stand for the numbers: no message contains them.
  const template = t('report:document.pageNumber', { page: '\uE000', pages: '\uE001' });
  return template
    .split(/([\uE000\uE001])/)
    .filter((part) => part !== '')
    .map((part) => (part === '\uE000' ? 'counter(page)' : part === '\uE001' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** While the report is on screen, its printed pages carry their number and the report's title. */
export function usePrintedPageMargins(t: AnyNamespaceT, runningTitle: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty(PAGE_NUMBER, pageNumberContent(t));
    root.setProperty(RUNNING_TITLE, cssString(runningTitle));
    return () => {
      root.removeProperty(PAGE_NUMBER);
      root.removeProperty(RUNNING_TITLE);
    };
  }, [t, runningTitle]);
}
