import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import {
  type AsyncRouteComponent,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { ApplicationListPage } from '../features/applications/components/application-list-page';
import { validateArchivedSearch } from '../features/applications/lib/archived-search';
import { validateDetailSearch } from '../features/applications/lib/detail-search';
import { validateListSearch } from '../features/applications/lib/list-search';
import { validateAgreementListSearch } from '../features/acquisitions/lib/agreement-search';
import { validateAcquisitionListSearch } from '../features/acquisitions/lib/list-search';
import { CouncilNav } from '../features/council/components/council-nav';
import { validateCouncilSearch } from '../features/council/lib/council-search';
import { validateDocumentListSearch } from '../features/documents/lib/list-search';
import { validateImportSearch } from '../features/imports/lib/import-search';
import { validateKpiCreateSearch } from '../features/goals/lib/kpi-create-search';
import { HomePage } from '../features/home/components/home-page';
import { validateLoginSearch } from '../features/session/lib/login-search';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { RootError } from './layout/root-error';
import { RouteError } from './layout/route-error';
import { loadTranslations, type TranslationArea, withTranslations } from '../kit/i18n';
import { PageLoader } from '../kit/page-loader';
import { parseSearch, stringifySearch } from '../kit/search-params';
import { sessionQueryOptions } from '../kit/session/session-query';

// Pages beyond the list load on first visit, so the first screen downloads less.
const lazyPages = {
  create: () => import('../features/applications/components/application-create-page'),
  // The system's page shows its data quality, in the 'quality' area's words.
  detail: withTranslations(['quality', 'records'], () => import('../features/applications/components/application-detail-page')),
  edit: () => import('../features/applications/components/application-edit-page'),
  overlaps: () => import('../features/applications/components/overlaps-page'),
  archived: () => import('../features/applications/components/archived-applications-page'),
  people: () => import('../features/organisation/components/people-page'),
  personCreate: () => import('../features/organisation/components/person-create-page'),
  // A person's page ends with their history, in the history's words.
  personEdit: withTranslations(['records'], () => import('../features/organisation/components/person-edit-page')),
  departments: () => import('../features/organisation/components/departments-page'),
  account: () => import('../features/session/components/account-page'),
  auditVerification: () => import('../features/admin/components/audit-verification-page'),
  // The login form (and the form library under it) only for those who are not signed in.
  login: () => import('../features/session/components/login-page'),
};

/** Each page of an area loads with that area's strings (kit/i18n.ts), so the first page carries none of them. */
function inArea<T extends Record<string, () => Promise<unknown>>>(areas: TranslationArea[], pages: T): T {
  return Object.fromEntries(Object.entries(pages).map(([name, importPage]) => [name, withTranslations(areas, importPage)])) as T;
}

// Steering documents, goals and KPIs (issue 3), all loaded on first visit.
const documentPages = inArea(['documents', 'records'], {
  list: () => import('../features/documents/components/document-list-page'),
  create: () => import('../features/documents/components/document-create-page'),
  import: () => import('../features/documents/components/document-import-page'),
  types: () => import('../features/documents/components/document-types-page'),
  detail: () => import('../features/documents/components/document-detail-page'),
  edit: () => import('../features/documents/components/document-edit-page'),
  diff: () => import('../features/documents/components/version-diff-page'),
  version: () => import('../features/documents/components/document-version-page'),
  followUp: () => import('../features/goals/components/follow-up-page'),
  kpi: () => import('../features/goals/components/kpi-page'),
  kpiCreate: () => import('../features/goals/components/kpi-create-page'),
  kpiEdit: () => import('../features/goals/components/kpi-edit-page'),
  publicList: () => import('../features/documents/components/public-document-list-page'),
  publicDocument: () => import('../features/documents/components/public-document-page'),
});

// The project portfolio and the IT council (issue 4), loaded on first visit.
const portfolioPages = inArea(['portfolio', 'records'], {
  list: () => import('../features/portfolio/components/portfolio-page'),
  create: () => import('../features/portfolio/components/project-create-page'),
  detail: () => import('../features/portfolio/components/project-detail-page'),
  edit: () => import('../features/portfolio/components/project-edit-page'),
  rules: () => import('../features/portfolio/components/rules-page'),
  meetings: () => import('../features/council/components/meeting-list-page'),
  meeting: () => import('../features/council/components/meeting-page'),
  decisions: () => import('../features/council/components/decision-log-page'),
  // The council's inbox lists acquisitions, in their words.
  inbox: withTranslations(['acquisitions'], () => import('../features/acquisitions/components/inbox-page')),
});

// Acquiring a new IT system and the agreements register (issue 5), loaded on first visit.
// An acquisition's page shows its IT-council decisions, in the council's words.
const acquisitionPages = inArea(['acquisitions', 'portfolio', 'records'], {
  list: () => import('../features/acquisitions/components/acquisition-list-page'),
  create: () => import('../features/acquisitions/components/acquisition-create-page'),
  detail: () => import('../features/acquisitions/components/acquisition-detail-page'),
  edit: () => import('../features/acquisitions/components/acquisition-edit-page'),
  agreements: () => import('../features/acquisitions/components/agreement-list-page'),
  agreementCreate: () => import('../features/acquisitions/components/agreement-create-page'),
  agreement: () => import('../features/acquisitions/components/agreement-detail-page'),
  agreementEdit: () => import('../features/acquisitions/components/agreement-edit-page'),
});

// Attestation (issue 12): owners confirm or correct their systems; loaded on first visit.
const attestationPages = inArea(['attestation'], {
  mine: () => import('../features/attestation/components/my-tasks-page'),
  task: () => import('../features/attestation/components/task-page'),
  overview: () => import('../features/attestation/components/overview-page'),
});

// A person's notifications and, for admins, held digest sends (issue 12), loaded on first visit.
const notificationPages = inArea(['notifications'], {
  list: () => import('../features/notifications/components/notifications-page'),
  held: () => import('../features/notifications/components/held-digests-page'),
});

/**
 * Features never import each other: where one feature's page shows another's piece, the router
 * composes them. A lazily loaded page keeps its preload, so a link still fetches it ahead.
 */
function composed<P extends object>(Page: AsyncRouteComponent<P>, props: P) {
  return Object.assign(() => <Page {...props} />, { preload: Page.preload });
}

/** The steering documents due for the person's revision, with the documents' strings; the start page does not wait for it. */
const RevisionCard = lazyRouteComponent(withTranslations(['documents'], () => import('../features/documents/components/revision-card')), 'RevisionCard');

/** Data quality per department (issue 12), with its strings; loaded after the first page, like the card above. */
const QualityDistributionCard = lazyRouteComponent(withTranslations(['quality'], () => import('../features/quality/components/quality-distribution-card')), 'QualityDistributionCard');

/** The start page, with the steering documents due for the person's revision and the register's data quality. */
function HomeWithNotices() {
  return (
    <HomePage
      notices={
        <Suspense fallback={null}>
          <RevisionCard />
        </Suspense>
      }
      extra={
        <Suspense fallback={null}>
          <QualityDistributionCard />
        </Suspense>
      }
    />
  );
}

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Read the session before anything renders, so the header and the guard agree.
  beforeLoad: async ({ context }) => ({ session: await context.queryClient.ensureQueryData(sessionQueryOptions) }),
  component: AppLayout,
  errorComponent: RootError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'logga-in',
  validateSearch: validateLoginSearch,
  beforeLoad: ({ context }) => {
    if (context.session) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(lazyPages.login, 'LoginPage'),
});

/** Every route below needs a session; without one, log in and come back to the same address. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authed',
  beforeLoad: ({ context, location }) => {
    if (!context.session) throw redirect({ to: '/logga-in', search: { redirect: location.href } });
  },
});

const homeRoute = createRoute({ getParentRoute: () => authedRoute, path: '/', component: HomeWithNotices });

const listRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system',
  validateSearch: validateListSearch,
  // The quality column and filter's words (a small file of their own, not in the first page's bundle).
  loader: () => loadTranslations('quality'),
  component: ApplicationListPage,
});

const createApplicationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system/ny',
  component: lazyRouteComponent(lazyPages.create, 'ApplicationCreatePage'),
});

const detailRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system/$id',
  validateSearch: validateDetailSearch,
  component: lazyRouteComponent(lazyPages.detail, 'ApplicationDetailPage'),
});

const editRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system/$id/redigera',
  component: lazyRouteComponent(lazyPages.edit, 'ApplicationEditPage'),
});

const overlapsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'overlapp',
  component: lazyRouteComponent(lazyPages.overlaps, 'OverlapsPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'mitt-konto',
  component: lazyRouteComponent(lazyPages.account, 'AccountPage'),
});

/** The admin area (DECISIONS.md 5): its layout shows it only to those who manage the organisation. */
// The admin area's words (people, departments, the audit trail) load with its layout, not the first page.
const adminRoute = createRoute({ getParentRoute: () => authedRoute, path: 'admin', component: lazyRouteComponent(withTranslations(['admin'], () => import('./admin/admin-layout')), 'AdminLayout') });

// The admin overview loads on first visit: only admins see it, and the first page stays under its budget.
const adminHomeRoute = createRoute({ getParentRoute: () => adminRoute, path: '/', component: lazyRouteComponent(() => import('./admin/admin-home-page'), 'AdminHomePage') });

const peopleRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'personer',
  component: lazyRouteComponent(lazyPages.people, 'PeoplePage'),
});

const personCreateRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'personer/ny',
  component: lazyRouteComponent(lazyPages.personCreate, 'PersonCreatePage'),
});

const personEditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'personer/$id/redigera',
  component: lazyRouteComponent(lazyPages.personEdit, 'PersonEditPage'),
});

const departmentsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'forvaltningar',
  component: lazyRouteComponent(lazyPages.departments, 'DepartmentsPage'),
});

const archivedRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'arkiverade-system',
  validateSearch: validateArchivedSearch,
  component: lazyRouteComponent(lazyPages.archived, 'ArchivedApplicationsPage'),
});

// Archived records of every register, restorable (issue 12).
const archiveRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'arkiv',
  component: lazyRouteComponent(withTranslations(['records'], () => import('../features/records/components/archive-page')), 'ArchivePage'),
});

const qualityWeightsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'datakvalitet',
  component: lazyRouteComponent(withTranslations(['quality'], () => import('../features/quality/components/quality-weights-page')), 'QualityWeightsPage'),
});

// Collaborations between municipalities (issue 12, item 7): the admin's page and the shared catalogue.
const collaborationPages = inArea(['collaborations'], {
  admin: () => import('../features/collaborations/components/collaborations-page'),
  catalogue: () => import('../features/collaborations/components/catalogue-page'),
});

const collaborationsAdminRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'samverkan',
  component: lazyRouteComponent(collaborationPages.admin, 'CollaborationsPage'),
});

const catalogueRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'samverkan',
  component: lazyRouteComponent(collaborationPages.catalogue, 'CataloguePage'),
});

const auditVerificationRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'granskningslogg',
  component: lazyRouteComponent(lazyPages.auditVerification, 'AuditVerificationPage'),
});

// When someone leaves (issue 12): the hand-over view, with its own strings.
const handoverRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'personer/$id/overlamning',
  component: lazyRouteComponent(withTranslations(['handover'], () => import('../features/handover/components/handover-page')), 'HandoverPage'),
});

const inactiveResponsibleRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'overlamningar',
  component: lazyRouteComponent(withTranslations(['handover'], () => import('../features/handover/components/inactive-responsible-page')), 'InactiveResponsiblePage'),
});

const documentRoutes = [
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument', validateSearch: validateDocumentListSearch, component: lazyRouteComponent(documentPages.list, 'DocumentListPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/ny', component: lazyRouteComponent(documentPages.create, 'DocumentCreatePage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/importera', component: lazyRouteComponent(documentPages.import, 'DocumentImportPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/typer', component: lazyRouteComponent(documentPages.types, 'DocumentTypesPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/$id', component: lazyRouteComponent(documentPages.detail, 'DocumentDetailPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/$id/redigera', component: lazyRouteComponent(documentPages.edit, 'DocumentEditPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/$id/jamfor/$version', component: lazyRouteComponent(documentPages.diff, 'VersionDiffPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/$id/version/$version', component: lazyRouteComponent(documentPages.version, 'DocumentVersionPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'styrdokument/$id/uppfoljning', component: lazyRouteComponent(documentPages.followUp, 'FollowUpPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'nyckeltal/ny', validateSearch: validateKpiCreateSearch, component: lazyRouteComponent(documentPages.kpiCreate, 'KpiCreatePage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'nyckeltal/$id', component: lazyRouteComponent(documentPages.kpi, 'KpiPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'nyckeltal/$id/redigera', component: lazyRouteComponent(documentPages.kpiEdit, 'KpiEditPage') }),
] as const;

const portfolioRoutes = [
  createRoute({ getParentRoute: () => authedRoute, path: 'portfolj', component: lazyRouteComponent(portfolioPages.list, 'PortfolioPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'portfolj/ny', component: lazyRouteComponent(portfolioPages.create, 'ProjectCreatePage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'portfolj/regler', component: lazyRouteComponent(portfolioPages.rules, 'RulesPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'portfolj/$id', component: lazyRouteComponent(portfolioPages.detail, 'ProjectDetailPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'portfolj/$id/redigera', component: lazyRouteComponent(portfolioPages.edit, 'ProjectEditPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'itrad', validateSearch: validateCouncilSearch, component: lazyRouteComponent(portfolioPages.meetings, 'MeetingListPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'itrad/beslut', component: lazyRouteComponent(portfolioPages.decisions, 'DecisionLogPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'itrad/inkorg', component: composed(lazyRouteComponent(portfolioPages.inbox, 'InboxPage'), { sectionNav: <CouncilNav /> }) }),
  createRoute({ getParentRoute: () => authedRoute, path: 'itrad/$id', validateSearch: validateCouncilSearch, component: lazyRouteComponent(portfolioPages.meeting, 'MeetingPage') }),
] as const;

const acquisitionRoutes = [
  createRoute({ getParentRoute: () => authedRoute, path: 'anskaffning', validateSearch: validateAcquisitionListSearch, component: lazyRouteComponent(acquisitionPages.list, 'AcquisitionListPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'anskaffning/ny', component: lazyRouteComponent(acquisitionPages.create, 'AcquisitionCreatePage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'anskaffning/$id', component: lazyRouteComponent(acquisitionPages.detail, 'AcquisitionDetailPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'anskaffning/$id/redigera', component: lazyRouteComponent(acquisitionPages.edit, 'AcquisitionEditPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'avtal', validateSearch: validateAgreementListSearch, component: lazyRouteComponent(acquisitionPages.agreements, 'AgreementListPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'avtal/ny', component: lazyRouteComponent(acquisitionPages.agreementCreate, 'AgreementCreatePage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'avtal/$id', component: lazyRouteComponent(acquisitionPages.agreement, 'AgreementDetailPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'avtal/$id/redigera', component: lazyRouteComponent(acquisitionPages.agreementEdit, 'AgreementEditPage') }),
] as const;

const attestationRoutes = [
  createRoute({ getParentRoute: () => authedRoute, path: 'attestering', component: lazyRouteComponent(attestationPages.mine, 'MyTasksPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'attestering/oversikt', component: lazyRouteComponent(attestationPages.overview, 'OverviewPage') }),
  createRoute({ getParentRoute: () => authedRoute, path: 'attestering/$id', component: lazyRouteComponent(attestationPages.task, 'TaskPage') }),
];

// Importing the register from a spreadsheet (issue 12, item 1), loaded on first visit.
const importPages = inArea(['imports'], { register: () => import('../features/imports/components/register-import-page') });

const importRoutes = [
  createRoute({ getParentRoute: () => authedRoute, path: 'system/importera', validateSearch: validateImportSearch, component: lazyRouteComponent(importPages.register, 'RegisterImportPage') }),
] as const;

/** Offentlighetsprincipen: decided steering documents, readable without a session (outside the guard). */
const publicDocumentRoutes = [
  createRoute({ getParentRoute: () => rootRoute, path: 'offentlig/$organisationId', component: lazyRouteComponent(documentPages.publicList, 'PublicDocumentListPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: 'offentlig/$organisationId/styrdokument/$id', component: lazyRouteComponent(documentPages.publicDocument, 'PublicDocumentPage') }),
] as const;

const notificationsRoute = createRoute({ getParentRoute: () => authedRoute, path: 'aviseringar', component: lazyRouteComponent(notificationPages.list, 'NotificationsPage') });
const heldDigestsRoute = createRoute({ getParentRoute: () => adminRoute, path: 'utskick', component: lazyRouteComponent(notificationPages.held, 'HeldDigestsPage') });

const notFoundRoute = createRoute({ getParentRoute: () => authedRoute, path: '$', component: NotFoundPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  ...publicDocumentRoutes,
  authedRoute.addChildren([
    homeRoute,
    listRoute,
    createApplicationRoute,
    detailRoute,
    editRoute,
    overlapsRoute,
    accountRoute,
    ...documentRoutes,
    ...portfolioRoutes,
    ...acquisitionRoutes,
    ...attestationRoutes,
    catalogueRoute,
    ...importRoutes,
    adminRoute.addChildren([
      adminHomeRoute,
      peopleRoute,
      personCreateRoute,
      personEditRoute,
      departmentsRoute,
      archivedRoute,
      archiveRoute,
      auditVerificationRoute,
      heldDigestsRoute,
      handoverRoute,
      qualityWeightsRoute,
      inactiveResponsibleRoute,
      collaborationsAdminRoute,
    ]),
    notificationsRoute,
    notFoundRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultErrorComponent: RouteError,
    defaultPendingComponent: PageLoader,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
