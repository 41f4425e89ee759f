import { lazyScreen, type LazyScreen } from './lazy-screen';

// Only the scoring screen is in the first bundle: it is where reviewers work offline on a tablet,
// and its JavaScript has a budget (scripts/bundle-size.mjs). Everything else loads on demand, with
// the message namespaces it reads beyond the start's (a test in route-messages.test.tsx checks them).
export const ServiceListScreen = lazyScreen(
  () => import('../features/services/service-list-screen').then((m) => m.ServiceListScreen),
  ['services'],
);
export const ServiceScreen = lazyScreen(() => import('../features/services/service-screen').then((m) => m.ServiceScreen), ['services']);

export const SettingsScreen = lazyScreen(() => import('../features/settings/settings-screen').then((m) => m.SettingsScreen), ['settings']);
export const ScaleInfoScreen = lazyScreen(
  () => import('../features/settings/scale-info-screen').then((m) => m.ScaleInfoScreen),
  ['settings'],
);

export const BackupScreen = lazyScreen(() => import('../features/backup/backup-screen').then((m) => m.BackupScreen), ['backup']);

// Comparison and overview (issue 6) load on demand; their charts are a further chunk of their own.
export const CompareScreen = lazyScreen(
  () => import('../features/compare/compare-screen').then((m) => m.CompareScreen),
  ['compare', 'evidence'],
);
export const OverviewScreen = lazyScreen(
  () => import('../features/compare/overview-screen').then((m) => m.OverviewScreen),
  ['compare', 'evidence'],
);

// Caseloads (issue 3) load on demand, so the scoring screen's JS does not grow.
export const OutcomesScreen = lazyScreen(() => import('../features/outcomes/outcomes-screen').then((m) => m.OutcomesScreen), ['outcomes']);
export const CaseloadScreen = lazyScreen(() => import('../features/caseload/caseload-screen').then((m) => m.CaseloadScreen), ['caseload']);
export const StaffScreen = lazyScreen(() => import('../features/caseload/staff-screen').then((m) => m.StaffScreen), ['caseload']);
export const ClientListScreen = lazyScreen(
  () => import('../features/caseload/client-list-screen').then((m) => m.ClientListScreen),
  ['caseload'],
);
export const ClientScreen = lazyScreen(() => import('../features/caseload/client-screen').then((m) => m.ClientScreen), ['caseload']);

// Employer contacts (issue 4) load on demand; the team week's chart is a further chunk of its own.
export const MyWeekScreen = lazyScreen(() => import('../features/contacts/my-week-screen').then((m) => m.MyWeekScreen), ['contacts']);
export const TeamWeekScreen = lazyScreen(() => import('../features/contacts/team-week-screen').then((m) => m.TeamWeekScreen), ['contacts']);
export const EmployersScreen = lazyScreen(
  () => import('../features/contacts/employers-screen').then((m) => m.EmployersScreen),
  ['contacts'],
);
export const EmployerScreen = lazyScreen(() => import('../features/contacts/employer-screen').then((m) => m.EmployerScreen), ['contacts']);
export const ClientContactsScreen = lazyScreen(
  () => import('../features/contacts/client-contacts-screen').then((m) => m.ClientContactsScreen),
  ['contacts'],
);

// The printable report (issue 7) loads on demand; papaparse for its CSV export comes with it.
export const ReportScreen = lazyScreen(
  () => import('../features/report/report-screen').then((m) => m.ReportScreen),
  ['report', 'evidence'],
);

// Independent ratings and consensus (issue 7) load on demand.
export const ReviewersScreen = lazyScreen(
  () => import('../features/consensus/reviewers-screen').then((m) => m.ReviewersScreen),
  ['consensus', 'backup'],
);
export const MyRatingsScreen = lazyScreen(
  () => import('../features/consensus/my-ratings-screen').then((m) => m.MyRatingsScreen),
  ['consensus'],
);
export const ConsensusScreen = lazyScreen(
  () => import('../features/consensus/consensus-screen').then((m) => m.ConsensusScreen),
  ['consensus'],
);
export const ImportReviewFileScreen = lazyScreen(
  () => import('../features/consensus/import-screen').then((m) => m.ImportReviewFileScreen),
  ['consensus', 'backup'],
);

// Team sync (issue 17) loads on demand, PouchDB with it: a device with no server never loads it.
export const TeamSyncScreen = lazyScreen(
  () => import('../features/sync/team-sync-screen').then((m) => m.TeamSyncScreen),
  ['sync', 'services', 'backup'],
);
// Records refused by their schema are explained in the backup's words for a bad field.
export const ConflictsScreen = lazyScreen(
  () => import('../features/sync/conflicts-screen').then((m) => m.ConflictsScreen),
  ['sync', 'services', 'backup'],
);

/**
 * The screen of each route that loads on demand (the scoring screen's routes are in the first
 * bundle), by its path in routes.tsx's Switch: a test checks that each lists the namespaces it reads.
 */
export const ROUTE_SCREENS: Record<string, Pick<LazyScreen<object>, 'preload' | 'namespaces'>> = {
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

/**
 * Starts loading the screen at `path` (a start loads it alongside the database and messages);
 * resolves when it is loaded. An address never contains ':', so only the fixed paths match.
 */
export function preloadScreen(path: string): Promise<unknown> {
  return ROUTE_SCREENS[path]?.preload() ?? Promise.resolve();
}
