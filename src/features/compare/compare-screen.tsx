import { useTranslation } from '../../i18n/use-translation';
import { Link, useSearchParams } from 'wouter';
import { resolvePair } from '../../domain/comparison/rounds';
import { useServiceRounds } from '../../db/live/comparison';
import { useService } from '../../db/live/services';
import { ComparisonBody } from './comparison-body';
import { ReviewPicker } from './review-picker';

/** Compare two review rounds of a service: `?baseline=<review id>&compared=<review id>`. */
export function CompareScreen({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation(['compare', 'common']);
  const service = useService(serviceId);
  const rounds = useServiceRounds(serviceId);
  const [params, setParams] = useSearchParams();

  if (service === undefined || rounds === undefined) return <p role="status">{t('common:status.loading')}</p>;
  if (service === null) {
    return (
      <section className="panel">
        <h1>{t('common:status.notFound')}</h1>
        <Link href="/">{t('common:nav.services')}</Link>
      </section>
    );
  }

  const requested = { baseline: params.get('baseline'), compared: params.get('compared') };
  const { pair, problem } = resolvePair(
    rounds.map((r) => r.review),
    requested,
  );
  const roundOf = (id: string) => rounds.find((r) => r.review.id === id);
  const baseline = pair && roundOf(pair.baseline.id);
  const compared = pair && roundOf(pair.compared.id);

  return (
    <div className="stack compare-screen">
      <nav aria-label={t('common:actions.back')}>
        <Link href={`/services/${service.id}`} className="back-link">
          ← {service.name}
        </Link>
      </nav>
      <h1>{t('compare:screen.title', { service: service.name })}</h1>
      {problem === 'too-few-reviews' ? (
        <p className="panel">{t('compare:screen.tooFew')}</p>
      ) : (
        <section className="panel stack" aria-label={t('compare:picker.legend')}>
          {problem === 'unknown-review' && (
            <p className="notice notice-warning" role="alert">
              {t('compare:screen.unknownReview')}
            </p>
          )}
          <ReviewPicker
            rounds={rounds}
            baselineId={baseline?.review.id ?? requested.baseline ?? ''}
            comparedId={compared?.review.id ?? requested.compared ?? ''}
            error={problem === 'same-review' ? t('compare:screen.sameReview') : null}
            onChange={(b, c) => setParams({ baseline: b, compared: c }, { replace: true })}
          />
        </section>
      )}
      {baseline && compared && <ComparisonBody baseline={baseline} compared={compared} rounds={rounds} />}
    </div>
  );
}
