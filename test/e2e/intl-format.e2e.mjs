// Issue 18, formatting: numbers, signed changes and calendar dates are written by hand for the
// scoring screen's start-up (src/i18n/format.ts), and must read exactly as the browser's own Intl
// would for every locale the app speaks — fi-FI, sv-FI and en-GB. The unit tests compare with
// Node's Intl; this compares with Chromium's, whose ICU data is what users see. The module is
// bundled on its own (vite's build API) and run in a blank page next to the browser's Intl.
import assert from 'node:assert/strict';
import path from 'node:path';
import { build } from 'vite';
import { test, ROOT } from './harness.mjs';

async function bundledFormat() {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(ROOT, 'src', 'i18n', 'format.ts'), formats: ['iife'], name: 'fidelioFormat' },
    },
  });
  return output.output[0].code;
}

test(
  "formatting: the hand-written numbers, changes and dates equal Chromium's Intl for fi-FI, sv-FI and en-GB",
  async ({ browser }) => {
    const code = await bundledFormat();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto('about:blank');
      await page.evaluate(code);
      const result = await page.evaluate(() => {
        const { formatNumber, formatChange, formatDate, formatDateTime, formatPercent } = window.fidelioFormat;
        const tags = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
        const values = [
          0,
          -0,
          1,
          -1,
          7,
          999,
          1000,
          1234,
          12345.678,
          1234567.891,
          -98765.4321,
          0.5,
          1.5,
          2.5,
          -2.5,
          0.05,
          0.15,
          1.005,
          2.675,
          4.285,
          0.995,
          9.995,
          999.9996,
          -0.004,
          0.0001,
          1e-7,
          1e21,
          3.64,
          91,
          83,
          NaN,
          Infinity,
        ];
        let seed = 20221011;
        for (let index = 0; index < 2000; index += 1) {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          values.push(((seed / 2147483648) * 2 - 0.5) * 10 ** ((seed % 9) - 3));
          values.push(Math.round((seed % 100000) / 10) / 1000 + 0.0005);
        }
        const differences = [];
        let compared = 0;
        for (const [locale, tag] of Object.entries(tags)) {
          for (const digits of [0, 1, 2, 3]) {
            const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
            const signed = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
            for (const value of values) {
              compared += 1;
              if (formatNumber(value, locale, digits) !== intl.format(value))
                differences.push(`${locale} number ${value} (${digits}): ${formatNumber(value, locale, digits)} ≠ ${intl.format(value)}`);
              if (Number.isFinite(value) && formatChange(value, locale, digits) !== signed.format(value))
                differences.push(`${locale} change ${value} (${digits}): ${formatChange(value, locale, digits)} ≠ ${signed.format(value)}`);
            }
          }
          // Finland-Swedish dates are numeric, like Finnish ones; Finnish and English use the medium style.
          const dates = new Intl.DateTimeFormat(
            tag,
            locale === 'sv'
              ? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }
              : { dateStyle: 'medium', timeZone: 'UTC' },
          );
          for (let day = 0; day < 366 * 2; day += 1) {
            const instant = new Date(Date.UTC(2023, 0, 1 + day));
            compared += 1;
            const iso = instant.toISOString().slice(0, 10);
            if (formatDate(iso, locale) !== dates.format(instant))
              differences.push(`${locale} date ${iso}: ${formatDate(iso, locale)} ≠ ${dates.format(instant)}`);
          }
          const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
          if (formatPercent(75, locale) !== percent.format(0.75))
            differences.push(`${locale} percent: ${formatPercent(75, locale)} ≠ ${percent.format(0.75)}`);
        }
        return {
          compared,
          differences: differences.slice(0, 20),
          samples: {
            fi: [formatNumber(-12345.67, 'fi', 2), formatDate('2022-10-11', 'fi'), formatPercent(75, 'fi')],
            sv: [
              formatNumber(-12345.67, 'sv', 2),
              formatDate('2022-10-11', 'sv'),
              formatDateTime('2022-10-19T09:45:00Z', 'sv').includes('19.10.2022'),
            ],
            en: [formatNumber(-12345.67, 'en', 2), formatDate('2022-10-11', 'en'), formatPercent(75, 'en')],
          },
        };
      });
      assert.deepEqual(result.differences, []);
      assert.ok(result.compared > 30_000, `compared ${result.compared} values`);
      assert.deepEqual(result.samples, {
        fi: ['\u221212\u00a0345,67', '11.10.2022', '75\u00a0%'],
        sv: ['\u221212\u00a0345,67', '11.10.2022', true],
        en: ['-12,345.67', '11 Oct 2022', '75%'],
      });
    } finally {
      await context.close();
    }
  },
  { timeoutMs: 120_000 },
);
