import { Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ReviewScreen } from '../features/reviews/review-screen';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { RouteErrorBoundary } from './route-error-boundary';

// Only the scoring screen is in the first bundle: it is where reviewers work offline on a tablet,
// and its JavaScript has a budget (scripts/bundle-size.mjs). Everything else loads on demand, with
// the message namespaces it reads beyond the start's (a test in route-messages.test.tsx checks them).
const ServiceListScreen = lazyScreen(
  () => import('../features/services/service-list-screen').then((m) => m.ServiceListScreen),
  ['services'],
);
const ServiceScreen = lazyScreen(() => import('../features/services/service-screen').then((m) => m.ServiceScreen), ['services']);

const SettingsScreen = lazyScreen(() => import('../features/settings/settings-screen').then((m) => m.SettingsScreen), ['settings']);
const ScaleInfoScreen = lazyScreen(() => import('../features/settings/scale-info-screen').then((m) => m.ScaleInfoScreen), ['settings']);

const BackupScreen = lazyScreen(() => import('../features/backup/backup-screen').then((m) => m.BackupScreen), ['backup']);

// Comparison and overview (issue 6) load on demand; their charts are a further chunk of their own.
const CompareScreen = lazyScreen(() => import('../features/compare/compare-screen').then((m) => m.CompareScreen), ['compare', 'evidence']);
const OverviewScreen = lazyScreen(
  () => import('../features/compare/overview-screen').then((m) => m.OverviewScreen),
  ['compare', 'evidence'],
);

// Caseloads (issue 3) load on demand, so the scoring screen's JS does not grow.
const OutcomesScreen = lazyScreen(() => import('../features/outcomes/outcomes-screen').then((m) => m.OutcomesScreen), ['outcomes']);
const CaseloadScreen = lazyScreen(() => import('../features/caseload/caseload-screen').then((m) => m.CaseloadScreen), ['caseload']);
const StaffScreen = lazyScreen(() => import('../features/caseload/staff-screen').then((m) => m.StaffScreen), ['caseload']);
const ClientListScreen = lazyScreen(() => import('../features/caseload/client-list-screen').then((m) => m.ClientListScreen), ['caseload']);
const ClientScreen = lazyScreen(() => import('../features/caseload/client-screen').then((m) => m.ClientScreen), ['caseload']);

// Employer contacts (issue 4) load on demand; the team week's chart is a further chunk of its own.
const MyWeekScreen = lazyScreen(() => import('../features/contacts/my-week-screen').then((m) => m.MyWeekScreen), ['contacts']);
const TeamWeekScreen = lazyScreen(() => import('../features/contacts/team-week-screen').then((m) => m.TeamWeekScreen), ['contacts']);
const EmployersScreen = lazyScreen(() => import('../features/contacts/employers-screen').then((m) => m.EmployersScreen), ['contacts']);
const EmployerScreen = lazyScreen(() => import('../features/contacts/employer-screen').then((m) => m.EmployerScreen), ['contacts']);
const ClientContactsScreen = lazyScreen(
  () => import('../features/contacts/client-contacts-screen').then((m) => m.ClientContactsScreen),
  ['contacts'],
);

// The printable report (issue 7) loads on demand; papaparse for its CSV export comes with it.
const ReportScreen = lazyScreen(() => import('../features/report/report-screen').then((m) => m.ReportScreen), ['report', 'evidence']);

// Independent ratings and consensus (issue 7) load on demand.
const ReviewersScreen = lazyScreen(
  () => import('../features/consensus/reviewers-screen').then((m) => m.ReviewersScreen),
  ['consensus', 'backup'],
);
const MyRatingsScreen = lazyScreen(() => import('../features/consensus/my-ratings-screen').then((m) => m.MyRatingsScreen), ['consensus']);
const ConsensusScreen = lazyScreen(() => import('../features/consensus/consensus-screen').then((m) => m.ConsensusScreen), ['consensus']);
const ImportReviewFileScreen = lazyScreen(
  () => import('../features/consensus/import-screen').then((m) => m.ImportReviewFileScreen),
  ['consensus', 'backup'],
);

// Team sync (issue 17) loads on demand, PouchDB with it: a device with no server never loads it.
const TeamSyncScreen = lazyScreen(
  () => import('../features/sync/team-sync-screen').then((m) => m.TeamSyncScreen),
  ['sync', 'services', 'backup'],
);
// Records refused by their schema are explained in the backup's words for a bad field.
const ConflictsScreen = lazyScreen(
  () => import('../features/sync/conflicts-screen').then((m) => m.ConflictsScreen),
  ['sync', 'services', 'backup'],
);

/**
 * The screen of each route that loads on demand (the scoring screen's routes are in the first
 * bundle), by its path in the Switch below: a test checks that each lists the namespaces it reads.
 */
export const ROUTE_SCREENS: Record<string, { namespaces: readonly string[] }> = {
  '/': ServiceListScreen,
  '/services/:serviceId/compare': CompareScreen,
  '/settings/scale': ScaleInfoScreen,
  '/settings/sync': TeamSyncScreen,
  '/sync/conflicts': ConflictsScreen,
  '/overview': OverviewScreen,
  '/services/:serviceId/outcomes': OutcomesScreen,
  '/services/:serviceId/caseload': CaseloadScreen,
  '/services/:serviceId/staff': StaffScreen,
  '/services/:serviceId/clients': ClientListScreen,
  '/services/:serviceId/contacts/team': TeamWeekScreen,
  '/services/:serviceId/contacts': MyWeekScreen,
  '/services/:serviceId/employers': EmployersScreen,
  '/employers/:employerId': EmployerScreen,
  '/clients/:clientId/contacts': ClientContactsScreen,
  '/clients/:clientId': ClientScreen,
  '/services/:serviceId': ServiceScreen,
  '/reviews/:reviewId/report': ReportScreen,
  '/reviews/:reviewId/reviewers/:reviewerId': MyRatingsScreen,
  '/reviews/:reviewId/reviewers': ReviewersScreen,
  '/reviews/:reviewId/consensus': ConsensusScreen,
  '/review-file': ImportReviewFileScreen,
  '/backup': BackupScreen,
  '/settings': SettingsScreen,
};

// The screens at fixed addresses, which a start can load alongside the database and messages.
const SCREENS_AT_FIXED_PATHS: Record<string, LazyScreen<Record<string, never>>> = {
  '/': ServiceListScreen,
  '/overview': OverviewScreen,
  '/review-file': ImportReviewFileScreen,
  '/backup': BackupScreen,
  '/settings': SettingsScreen,
  '/settings/sync': TeamSyncScreen,
  '/settings/scale': ScaleInfoScreen,
  '/sync/conflicts': ConflictsScreen,
};

/** Starts loading the screen at `path`, if it is one of those; resolves when it is loaded. */
export function preloadScreen(path: string): Promise<unknown> {
  return SCREENS_AT_FIXED_PATHS[path]?.preload() ?? Promise.resolve();
}

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
