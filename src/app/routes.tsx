import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ServiceListScreen } from '../features/services/service-list-screen';
import { ServiceScreen } from '../features/services/service-screen';
import { ReviewScreen } from '../features/reviews/review-screen';
import { RouteErrorBoundary } from './route-error-boundary';

const SettingsScreen = lazy(() =>
  import('../features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })),
);

function Guarded({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<p role="status">{t('common.status.loading')}</p>}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <a className="button" href="/">
        {t('common.nav.services')}
      </a>
    </section>
  );
}

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Guarded>
          <ServiceListScreen />
        </Guarded>
      </Route>
      <Route path="/services/:serviceId">
        {(params) => (
          <Guarded key={params.serviceId}>
            <ServiceScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/reviews/:reviewId/items/:itemId">
        {(params) => (
          <Guarded key={params.reviewId}>
            <ReviewScreen reviewId={params.reviewId} itemId={params.itemId} />
          </Guarded>
        )}
      </Route>
      <Route path="/reviews/:reviewId">
        {(params) => (
          <Guarded key={params.reviewId}>
            <ReviewScreen reviewId={params.reviewId} itemId={null} />
          </Guarded>
        )}
      </Route>
      <Route path="/settings">
        <Guarded>
          <SettingsScreen />
        </Guarded>
      </Route>
      <Route>
        <Guarded>
          <NotFound />
        </Guarded>
      </Route>
    </Switch>
  );
}
