import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AnyNamespaceT, Namespace } from '../../i18n/translate';
import { Link } from 'wouter';
import type { Locale } from '../../domain/fidelity/scale-definition';
import { useReportInput } from '../../db/live/report';
import { isLocale, LANGUAGE_CHOICES } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-locale';
import { CsvExport } from './csv-export';
import { FidelityReport } from './fidelity-report';
import { usePrintedPageMargins } from './printed-page';
import type { ReportText } from './report-text';

/**
 * The printable fidelity report of one review (issue 7). The toolbar speaks the app's language
 * and is left out of print; the report itself is in the language chosen here, Finnish or
 * English, whatever the app's language is.
 */
export function ReportScreen({ reviewId }: { reviewId: string }) {
  const { t, i18n } = useTranslation(['report', 'common', 'evidence']);
  const appLocale = useLocale();
  const languageId = useId();
  const [reportLocale, setReportLocale] = useState<Locale>(appLocale);
  const [isLanguageFailed, setLanguageFailed] = useState(false);
  const input = useReportInput(reviewId);
  const fixedT: AnyNamespaceT = useMemo(() => i18n.getFixedT<Namespace[]>(reportLocale), [i18n, reportLocale]);
  const reportTitle = fixedT('report:document.title');
  usePrintedPageMargins(fixedT, input ? `${input.service.name} · ${reportTitle}` : reportTitle);

  // Only the app's language is loaded up front; another report language is fetched (from the
  // offline cache) before the report switches to it, so it never shows bare keys.
  const chooseLanguage = async (next: Locale) => {
    setLanguageFailed(false);
    // loadLanguages fetches every namespace in use (this screen's among them) in that language.
    const isLoaded = () => [i18n.options.ns ?? []].flat().every((ns) => i18n.hasResourceBundle(next, ns));
    if (!isLoaded()) await i18n.loadLanguages(next);
    if (isLoaded()) setReportLocale(next);
    else setLanguageFailed(true);
  };

  if (input === null) {
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  }
  if (!input) return <p role="status">{t('common:status.loading')}</p>;

  const text: ReportText = { t: fixedT, locale: reportLocale, scale: input.scale };
  return (
    <div className="report-screen">
      <section className="panel report-toolbar no-print" aria-label={t('report:screen.toolbar')}>
        <Link href={`/reviews/${reviewId}`} className="back-link small">
          ← {t('report:screen.back')}
        </Link>
        <div className="row report-actions">
          <div className="field">
            <label htmlFor={languageId}>{t('report:screen.language')}</label>
            <select
              id={languageId}
              value={reportLocale}
              aria-describedby={isLanguageFailed ? `${languageId}-error` : undefined}
              onChange={(event) => {
                if (isLocale(event.target.value)) void chooseLanguage(event.target.value);
              }}
            >
              {LANGUAGE_CHOICES.map((option) => (
                <option key={option} value={option}>
                  {t(`report:screen.languages.${option}`)}
                </option>
              ))}
            </select>
            {isLanguageFailed && (
              <p id={`${languageId}-error`} className="field-error" role="alert">
                {t('report:screen.languageFailed')}
              </p>
            )}
          </div>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('report:screen.print')}
          </button>
          <CsvExport input={input} text={text} />
        </div>
        <p className="small muted">
          {t('report:screen.printHint')} {t('report:csv.hint')}
        </p>
      </section>
      <FidelityReport input={input} text={text} />
    </div>
  );
}
