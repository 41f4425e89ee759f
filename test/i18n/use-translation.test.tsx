// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { I18N_OPTIONS } from '../../src/i18n/setup';
import { useTranslation } from '../../src/i18n/use-translation';

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
