import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'wouter';
import { BUILT_IN_SCALE_KEY } from '../../domain/fidelity/scale-definition';
import { SCALE_SOURCES, type SourceId } from '../../domain/fidelity/verification';
import { useScale } from '../../db/live/scale';
import { useLocale } from '../../i18n/use-locale';
import { ScaleChecksTable } from './scale-checks-table';
import { ScaleGlossary } from './scale-glossary';

const SOURCE_IDS = Object.keys(SCALE_SOURCES) as SourceId[];

/**
 * "About this scale" (issue 16): which scale and version Fidelio's wording is, what each item was
 * checked against and when, and the words the scale and Finnish services use. Shown once here
 * instead of a warning on every item of the scoring screen.
 */
export function ScaleInfoScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const locale = useLocale();
  const scale = useScale(BUILT_IN_SCALE_KEY);
  if (scale === undefined) return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="stack">
      <Link href="/settings" className="back-link small">
        ← {t('settings:title')}
      </Link>
      <h1>{t('settings:scaleInfo.title')}</h1>
      <section className="panel stack" aria-labelledby="scale-info-version">
        <h2 id="scale-info-version">{scale?.name[locale] ?? BUILT_IN_SCALE_KEY}</h2>
        {scale && (
          <p data-testid="scale-version">{t('settings:scaleInfo.version', { version: scale.version, count: scale.items.length })}</p>
        )}
        <p>{t('settings:scaleInfo.versions')}</p>
        <p>{t('settings:scaleInfo.ownWords')}</p>
        <p>{t('settings:scaleInfo.titles')}</p>
      </section>
      <section className="panel stack" aria-labelledby="scale-info-sources">
        <h2 id="scale-info-sources">{t('settings:scaleInfo.sourcesTitle')}</h2>
        <ol className="stack source-list" data-testid="scale-sources">
          {SOURCE_IDS.map((id) => (
            <li key={id} id={`source-${id}`}>
              <a href={SCALE_SOURCES[id].url} rel="noreferrer noopener" target="_blank">
                {SCALE_SOURCES[id].name}
              </a>
            </li>
          ))}
        </ol>
      </section>
      {scale && <ScaleChecksTable scale={scale} sourceIds={SOURCE_IDS} />}
      <ScaleGlossary />
    </div>
  );
}
