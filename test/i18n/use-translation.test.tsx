// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { I18N_OPTIONS } from '../../src/i18n/setup';
import { useTranslation } from '../../src/i18n/use-translation';
import { LOCALES } from '../../src/domain/fidelity/scale-definition';
import { areasOf, read, texts } from './stored-messages';

const MESSAGES: Record<string, Record<string, Record<string, unknown>>> = {
  fi: {
    common: { status: { loading: 'Ladataan…' } },
    reviews: { summary: { label: 'Pisteet', projection: 'Yhteensä olisi {{total}}', nested: 'Tila: $t(common:status.loading)' } },
  },
  en: {
    common: { status: { loading: 'Loading…' } },
    reviews: { summary: { label: 'Scores', projection: 'The total would be {{total}}' } },
  },
};

/** An i18next like the app's, its namespaces served by a backend the test releases when it wants. */
async function instance(options: { hold?: boolean } = {}) {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const reads: string[] = [];
  const backend: BackendModule = {
    type: 'backend',
    init: () => undefined,
    read: (language, namespace, callback) => {
      reads.push(`${language}/${namespace}`);
      const answer = () => callback(null, (MESSAGES[language]?.[namespace] ?? {}) as never);
      if (options.hold) void held.then(answer);
      else answer();
    },
  };
  const i18n = i18next.createInstance();
  await i18n.use(backend).init({ ...I18N_OPTIONS, lng: 'fi', ns: options.hold ? [] : ['common'], initAsync: false });
  return { i18n, reads, release };
}

function Words({ extra = false }: { extra?: boolean }) {
  const { t } = useTranslation(['common', 'reviews']);
  return (
    <p data-testid="words">
      {t('common:status.loading')} | {t('reviews:summary.label')} | {t('reviews:summary.projection', { total: 90 })}
      {extra && ` | ${t('reviews:summary.missing' as never)}`}
    </p>
  );
}

function renderWith(i18n: I18n, ui = <Words />) {
  return render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<p data-testid="waiting" />}>{ui}</Suspense>
    </I18nextProvider>,
  );
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe("the app's useTranslation", () => {
  it('waits (Suspense) until its namespaces are loaded, then shows plain and interpolated messages', async () => {
    const { i18n, release } = await instance({ hold: true });
    renderWith(i18n);
    expect(screen.getByTestId('waiting')).toBeInTheDocument();
    await act(async () => release());
    expect(await screen.findByTestId('words')).toHaveTextContent('Ladataan… | Pisteet | Yhteensä olisi 90');
  });

  it('shows a missing key as its key, and the message once it exists', async () => {
    const { i18n } = await instance();
    const { rerender } = renderWith(i18n, <Words extra />);
    expect(await screen.findByTestId('words')).toHaveTextContent('| reviews:summary.missing');
    i18n.addResource('fi', 'reviews', 'summary.missing', 'Nyt löytyy');
    rerender(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <Words extra />
        </Suspense>
      </I18nextProvider>,
    );
    expect(screen.getByTestId('words')).toHaveTextContent('| Nyt löytyy');
  });

  it('renders again in the new language when the language changes, its namespaces loaded first', async () => {
    const { i18n, reads } = await instance();
    renderWith(i18n);
    expect(await screen.findByTestId('words')).toHaveTextContent('Ladataan… | Pisteet | Yhteensä olisi 90');
    await act(async () => void (await i18n.changeLanguage('en')));
    expect(screen.getByTestId('words')).toHaveTextContent('Loading… | Scores | The total would be 90');
    expect(reads).toEqual(expect.arrayContaining(['en/common', 'en/reviews']));
  });

  it('gives a message that nests another to i18next', async () => {
    const { i18n } = await instance();
    function Nested() {
      const { t } = useTranslation(['reviews', 'common']);
      return <p data-testid="nested">{t('reviews:summary.nested' as never)}</p>;
    }
    renderWith(i18n, <Nested />);
    expect(await screen.findByTestId('nested')).toHaveTextContent('Tila: Ladataan…');
  });
});

// Every message of the app with placeholders, in every language: the hook fills `{{name}}` itself
// (issue 15), and must give exactly what i18next gives, for text and numbers, plurals included.

/** Any `t`, typed loosely: the keys here are any of the app's, read from its files, or made up. */
type LooseT = (key: string, values?: object) => string;

/** The hook's `t` for `namespaces`, rendered with `i18n`. */
function hookT(i18n: I18n, namespaces: readonly string[]) {
  return renderHook(() => useTranslation(namespaces as never).t as unknown as LooseT, {
    wrapper: ({ children }) => (
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>{children}</Suspense>
      </I18nextProvider>
    ),
  }).result;
}

describe("the app's useTranslation fills placeholders as i18next does", () => {
  it('for every message with placeholders, in Finnish, Swedish and English', async () => {
    const resources = Object.fromEntries(
      LOCALES.map((language) => [language, Object.fromEntries(areasOf(language).map((area) => [area, read(language, area)]))]),
    );
    const i18n = i18next.createInstance();
    await i18n.init({ ...I18N_OPTIONS, lng: 'fi', resources, initAsync: false });
    const i18nextT = (language: string) => i18n.getFixedT(language) as unknown as LooseT;
    let compared = 0;
    for (const [language, namespaces] of Object.entries(resources)) {
      await act(async () => void (await i18n.changeLanguage(language)));
      const result = hookT(i18n, Object.keys(namespaces));
      for (const [namespace, messages] of Object.entries(namespaces)) {
        for (const [path, message] of texts(messages)) {
          const names = Array.from(message.matchAll(/\{\{-?\s*(\w+)/g), (match) => match[1] ?? '');
          if (names.length === 0) continue;
          const key = `${namespace}:${path.replace(/_(zero|one|two|few|many|other)$/, '')}`;
          for (const values of [
            Object.fromEntries(names.map((name, index) => [name, name === 'count' ? 1 : `«${name} ${index}»`])),
            Object.fromEntries(names.map((name, index) => [name, name === 'count' ? 2 : 40 + index])),
            Object.fromEntries(names.map((name) => [name, 0.5])),
          ]) {
            expect(result.current(key, values), `${language} ${key} ${JSON.stringify(values)}`).toBe(i18nextT(language)(key, values));
            compared += 1;
          }
        }
      }
    }
    // The app has well over a hundred such messages; a glob that found none would pass vacuously.
    expect(compared).toBeGreaterThan(300);
  });

  it('leaves to i18next what it does not fill: a value missing, an option of its own, a format', async () => {
    const { i18n } = await instance();
    i18n.addResources('fi', 'reviews', {
      'summary.two': '{{a}} ja {{b}}',
      'summary.formatted': 'Noin {{n, number}}',
      // A plural's forms beside a message of the base key: i18next chooses by count.
      'summary.items': '{{count}} ?',
      'summary.items_one': '{{count}} kohta',
      'summary.items_other': '{{count}} kohtaa',
    });
    const result = hookT(i18n, ['reviews']);
    const fixed = i18n.getFixedT('fi') as unknown as LooseT;
    for (const [key, values] of [
      ['reviews:summary.two', { a: 'yksi' }],
      ['reviews:summary.two', { a: 'yksi', b: 'kaksi', defaultValue: 'x' }],
      ['reviews:summary.formatted', { n: 1234.5 }],
      ['reviews:summary.missing', { a: 1 }],
      ['reviews:summary.items', { count: 1 }],
      ['reviews:summary.items', { count: 3 }],
      ['reviews:summary.projection', { total: { toString: () => '91' } }],
    ] as const) {
      expect(result.current(key, values)).toBe(fixed(key, values));
    }
    expect(result.current('reviews:summary.two', { a: 'yksi', b: 2 })).toBe('yksi ja 2');
  });

  it('leaves filling to i18next on an instance that escapes values', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      ...I18N_OPTIONS,
      lng: 'fi',
      interpolation: { escapeValue: true },
      resources: { fi: { reviews: { summary: { projection: 'Yhteensä {{total}}' } } } },
      initAsync: false,
    });
    const result = hookT(i18n, ['reviews']);
    expect(result.current('reviews:summary.projection', { total: '<b>' })).toBe('Yhteensä &lt;b&gt;');
  });
});
