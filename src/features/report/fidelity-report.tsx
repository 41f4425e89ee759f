import type { ReportInput } from '../../db/report-queries';
import { formatDate, formatDateRange } from '../../i18n/format';
import { ReportChange } from './report-change';
import { ReportEvidence } from './report-evidence';
import { ReportItems } from './report-items';
import { ReportRecommendations } from './report-recommendations';
import { ReportResult } from './report-result';
import type { ReportText } from './report-text';

/**
 * The written fidelity report (ips-fidelity.md §3, "Report contents"): the review's details, the
 * result, all 25 items with their observations, the recommendations and the change since the
 * previous final review. Everything in it is in the report's language, so it carries `lang`.
 */
export function FidelityReport({ input, text }: { input: ReportInput; text: ReportText }) {
  const { t, locale, scale } = text;
  const { review, service } = input;
  return (
    <article className="report" lang={locale} aria-labelledby="report-title" data-testid="report">
      <header className="report-header">
        <p className="report-kicker">{t('common:appName')}</p>
        <h1 id="report-title">{t('report:document.title')}</h1>
        <p className="report-service">{service.name}</p>
        {review.status !== 'final' && <p className="notice notice-warning">{t('report:document.draft')}</p>}
      </header>
      <section className="report-section" aria-labelledby="report-details">
        <h2 id="report-details">{t('report:document.details')}</h2>
        <dl className="details">
          <dt>{t('report:document.service')}</dt>
          <dd>{service.name}</dd>
          {service.organisation && (
            <>
              <dt>{t('report:document.organisation')}</dt>
              <dd>{service.organisation}</dd>
            </>
          )}
          {service.region && (
            <>
              <dt>{t('report:document.region')}</dt>
              <dd>{service.region}</dd>
            </>
          )}
          <dt>{t('report:document.visit')}</dt>
          <dd data-testid="report-visit">{formatDateRange(review.firstDay, review.lastDay, locale)}</dd>
          <dt>{t('report:document.type')}</dt>
          <dd>{t(`common:reviewTypes.${review.type}`)}</dd>
          <dt>{t('report:document.reviewers')}</dt>
          <dd>{review.reviewers.length > 0 ? review.reviewers.join(', ') : t('report:document.noReviewers')}</dd>
          <dt>{t('report:document.scale')}</dt>
          <dd>{t('report:document.scaleVersion', { name: scale.name[locale], version: scale.version })}</dd>
          {review.finalisedAt && (
            <>
              <dt>{t('report:document.finalisedAt')}</dt>
              <dd>{formatDate(review.finalisedAt.slice(0, 10), locale)}</dd>
            </>
          )}
        </dl>
      </section>
      <ReportResult text={text} byItem={input.byItem} />
      {input.previous && <ReportChange text={text} review={review} byItem={input.byItem} previous={input.previous} />}
      {input.evidence && <ReportEvidence text={text} snapshot={input.evidence} byItem={input.byItem} />}
      <ReportItems text={text} ratings={input.ratings} byItem={input.byItem} />
      <ReportRecommendations text={text} recommendations={input.recommendations} />
    </article>
  );
}
