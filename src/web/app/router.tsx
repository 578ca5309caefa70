import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { type AsyncRouteComponent, createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { acquisitionRoutes } from '../features/acquisitions/routes';
import { adminRoutes } from '../features/admin/routes';
import { applicationRoutes } from '../features/applications/routes';
import { attestationRoutes } from '../features/attestation/routes';
import { collaborationRoutes } from '../features/collaborations/routes';
import { CouncilNav } from '../features/council/components/council-nav';
import { consultationRoutes } from '../features/consultations/routes';
import { councilRoutes } from '../features/council/routes';
import { documentRoutes } from '../features/documents/routes';
import { eserviceRoutes } from '../features/eservices/routes';
import { municipalPlanRoutes } from '../features/municipal-plan/routes';
import { goalRoutes } from '../features/goals/routes';
import { handoverRoutes } from '../features/handover/routes';
import { HomePage } from '../features/home/components/home-page';
import { importRoutes } from '../features/imports/routes';
import { itplanRoutes } from '../features/itplans/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { organisationRoutes } from '../features/organisation/routes';
import { planMergeRoutes } from '../features/plan-merge/routes';
import { portfolioRoutes } from '../features/portfolio/routes';
import { qualityRoutes } from '../features/quality/routes';
import { recordRoutes } from '../features/records/routes';
import { validateLoginSearch } from '../features/session/lib/login-search';
import { sessionRoutes } from '../features/session/routes';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { RootError } from './layout/root-error';
import { RouteError } from './layout/route-error';
import { withTranslations } from '../kit/i18n';
import { PageLoader } from '../kit/page-loader';
import { parseSearch, stringifySearch } from '../kit/search-params';
import { sessionQueryOptions } from '../kit/session/session-query';

// The shell: the root with its session, the guard, the admin area's layout, and the pages where one
// feature shows another's piece. Each feature defines its own routes (features/<f>/routes.tsx, each
// page loaded on first visit with its area's words); this file hangs them under their parents.

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

/** Remiss (issue 13, item 6) on a document's page and, compiled, on its decided version's page; with their strings. */
const ConsultationSection = lazyRouteComponent(withTranslations(['consultations'], () => import('../features/consultations/components/consultation-section')), 'ConsultationSection');
const CompiledAnswers = lazyRouteComponent(withTranslations(['consultations'], () => import('../features/consultations/components/compiled-answers')), 'CompiledAnswers');
const documentPieces = {
  detail: (doc: { id: string; title: string; rowVersion: number }) => (
    <Suspense fallback={null}>
      <ConsultationSection doc={doc} />
    </Suspense>
  ),
  version: (documentId: string, version: number) => (
    <Suspense fallback={null}>
      <CompiledAnswers documentId={documentId} version={version} />
    </Suspense>
  ),
};

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Read the session before anything renders, so the header and the guard agree.
  beforeLoad: async ({ context }) => ({ session: await context.queryClient.ensureQueryData(sessionQueryOptions) }),
  component: AppLayout,
  errorComponent: RootError,
});

// The login form (and the form library under it) only for those who are not signed in.
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'logga-in',
  validateSearch: validateLoginSearch,
  beforeLoad: ({ context }) => {
    if (context.session) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../features/session/components/login-page'), 'LoginPage'),
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

/** The admin area (DECISIONS.md 5): its layout shows it only to those who manage the organisation. */
// The admin area's words (people, departments, the audit trail) load with its layout, not the first page.
const adminRoute = createRoute({ getParentRoute: () => authedRoute, path: 'admin', component: lazyRouteComponent(withTranslations(['admin'], () => import('./admin/admin-layout')), 'AdminLayout') });

// The admin overview loads on first visit: only admins see it, and the first page stays under its budget.
const adminHomeRoute = createRoute({ getParentRoute: () => adminRoute, path: '/', component: lazyRouteComponent(() => import('./admin/admin-home-page'), 'AdminHomePage') });

// The council's inbox lists acquisitions, in their words, under the council's section navigation.
const councilInboxRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'itrad/inkorg',
  component: composed(
    lazyRouteComponent(withTranslations(['portfolio', 'records', 'acquisitions'], () => import('../features/acquisitions/components/inbox-page')), 'InboxPage'),
    { sectionNav: <CouncilNav /> },
  ),
});

const notFoundRoute = createRoute({ getParentRoute: () => authedRoute, path: '$', component: NotFoundPage });

const applications = applicationRoutes(authedRoute, adminRoute);
const documents = documentRoutes(rootRoute, authedRoute, documentPieces);
const municipalPlan = municipalPlanRoutes(rootRoute, authedRoute);
const notifications = notificationRoutes(authedRoute, adminRoute);
const collaborations = collaborationRoutes(authedRoute, adminRoute);

const routeTree = rootRoute.addChildren([
  loginRoute,
  ...documents.public,
  ...municipalPlan.public,
  authedRoute.addChildren([
    homeRoute,
    ...applications.authed,
    ...sessionRoutes(authedRoute),
    ...documents.authed,
    ...consultationRoutes(authedRoute),
    ...goalRoutes(authedRoute),
    ...portfolioRoutes(authedRoute),
    ...councilRoutes(authedRoute),
    councilInboxRoute,
    ...acquisitionRoutes(authedRoute),
    ...eserviceRoutes(authedRoute),
    ...itplanRoutes(authedRoute),
    ...municipalPlan.authed,
    ...planMergeRoutes(authedRoute),
    ...attestationRoutes(authedRoute),
    ...collaborations.authed,
    ...importRoutes(authedRoute),
    adminRoute.addChildren([
      adminHomeRoute,
      ...organisationRoutes(adminRoute),
      ...applications.admin,
      ...recordRoutes(adminRoute),
      ...adminRoutes(adminRoute),
      ...notifications.admin,
      ...handoverRoutes(adminRoute),
      ...qualityRoutes(adminRoute),
      ...collaborations.admin,
    ]),
    ...notifications.authed,
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
