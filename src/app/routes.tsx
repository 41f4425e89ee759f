import { Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useTranslation } from '../i18n/use-translation';
import { ReviewScreen } from '../features/reviews/review-screen';
import {
  BackupScreen,
  CaseloadScreen,
  ClientContactsScreen,
  ClientListScreen,
  ClientScreen,
  CompareScreen,
  ConflictsScreen,
  ConsensusScreen,
  EmployerScreen,
  EmployersScreen,
  ImportReviewFileScreen,
  MyRatingsScreen,
  MyWeekScreen,
  OutcomesScreen,
  OverviewScreen,
  ReportScreen,
  ReviewersScreen,
  ScaleInfoScreen,
  ServiceListScreen,
  ServiceScreen,
  SettingsScreen,
  StaffScreen,
  TeamSyncScreen,
  TeamWeekScreen,
} from './screens';
import { RouteErrorBoundary } from './route-error-boundary';

function Guarded({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['app', 'common']);
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<p role="status">{t('common:status.loading')}</p>}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

function NotFound() {
  const { t } = useTranslation(['app', 'common']);
  return (
    <section className="panel">
      <h1>{t('app:notFound.title')}</h1>
      <p>{t('app:notFound.body')}</p>
      <a className="button" href="/">
        {t('common:nav.services')}
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
      <Route path="/services/:serviceId/compare">
        {(params) => (
          <Guarded key={params.serviceId}>
            <CompareScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/settings/scale">
        <Guarded>
          <ScaleInfoScreen />
        </Guarded>
      </Route>
      <Route path="/settings/sync">
        <Guarded>
          <TeamSyncScreen />
        </Guarded>
      </Route>
      <Route path="/sync/conflicts">
        <Guarded>
          <ConflictsScreen />
        </Guarded>
      </Route>
      <Route path="/overview">
        <Guarded>
          <OverviewScreen />
        </Guarded>
      </Route>
      <Route path="/services/:serviceId/outcomes">
        {(params) => (
          <Guarded key={params.serviceId}>
            <OutcomesScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId/caseload">
        {(params) => (
          <Guarded key={params.serviceId}>
            <CaseloadScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId/staff">
        {(params) => (
          <Guarded key={params.serviceId}>
            <StaffScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId/clients">
        {(params) => (
          <Guarded key={params.serviceId}>
            <ClientListScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId/contacts/team">
        {(params) => (
          <Guarded key={params.serviceId}>
            <TeamWeekScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId/contacts">
        {(params) => (
          <Guarded key={params.serviceId}>
            <MyWeekScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId/employers">
        {(params) => (
          <Guarded key={params.serviceId}>
            <EmployersScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/employers/:employerId">
        {(params) => (
          <Guarded key={params.employerId}>
            <EmployerScreen employerId={params.employerId} />
          </Guarded>
        )}
      </Route>
      <Route path="/clients/:clientId/contacts">
        {(params) => (
          <Guarded key={params.clientId}>
            <ClientContactsScreen clientId={params.clientId} />
          </Guarded>
        )}
      </Route>
      <Route path="/clients/:clientId">
        {(params) => (
          <Guarded key={params.clientId}>
            <ClientScreen clientId={params.clientId} />
          </Guarded>
        )}
      </Route>
      <Route path="/services/:serviceId">
        {(params) => (
          <Guarded key={params.serviceId}>
            <ServiceScreen serviceId={params.serviceId} />
          </Guarded>
        )}
      </Route>
      <Route path="/reviews/:reviewId/report">
        {(params) => (
          <Guarded key={params.reviewId}>
            <ReportScreen reviewId={params.reviewId} />
          </Guarded>
        )}
      </Route>
      <Route path="/reviews/:reviewId/reviewers/:reviewerId">
        {(params) => (
          <Guarded key={`${params.reviewId}/${params.reviewerId}`}>
            <MyRatingsScreen reviewId={params.reviewId} reviewerId={params.reviewerId} />
          </Guarded>
        )}
      </Route>
      <Route path="/reviews/:reviewId/reviewers">
        {(params) => (
          <Guarded key={params.reviewId}>
            <ReviewersScreen reviewId={params.reviewId} />
          </Guarded>
        )}
      </Route>
      <Route path="/reviews/:reviewId/consensus">
        {(params) => (
          <Guarded key={params.reviewId}>
            <ConsensusScreen reviewId={params.reviewId} />
          </Guarded>
        )}
      </Route>
      <Route path="/review-file">
        <Guarded>
          <ImportReviewFileScreen />
        </Guarded>
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
      <Route path="/backup">
        <Guarded>
          <BackupScreen />
        </Guarded>
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
