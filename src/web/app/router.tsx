import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouteComponent,
} from '@tanstack/react-router';
import { ApplicationListPage } from '../features/applications/components/application-list-page';
import { validateDetailSearch } from '../features/applications/lib/detail-search';
import { validateListSearch } from '../features/applications/lib/list-search';
import { HomePage } from '../features/home/components/home-page';
import { LoginPage } from '../features/session/components/login-page';
import { validateLoginSearch } from '../features/session/lib/login-search';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { RootError } from './layout/root-error';
import { RouteError } from './layout/route-error';
import { PageLoader } from './page-loader';
import { parseSearch, stringifySearch } from './search-params';
import { sessionQueryOptions } from './session/session-query';

// Pages beyond the list load on first visit, so the first screen downloads less.
const pages = import.meta.glob<Record<string, RouteComponent>>('../features/applications/components/*-page.tsx');
function lazy(file: string, name: string) {
  const load = pages[`../features/applications/components/${file}.tsx`];
  if (!load) throw new Error(`No page ${file}`);
  return lazyRouteComponent(load, name);
}

export interface RouterContext {
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
  component: LoginPage,
});

/** Every route below needs a session; without one, log in and come back to the same address. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authed',
  beforeLoad: ({ context, location }) => {
    if (!context.session) throw redirect({ to: '/logga-in', search: { redirect: location.href } });
  },
});

const homeRoute = createRoute({ getParentRoute: () => authedRoute, path: '/', component: HomePage });

const listRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system',
  validateSearch: validateListSearch,
  component: ApplicationListPage,
});

const createApplicationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system/ny',
  component: lazy('application-create-page', 'ApplicationCreatePage'),
});

const detailRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system/$id',
  validateSearch: validateDetailSearch,
  component: lazy('application-detail-page', 'ApplicationDetailPage'),
});

const editRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'system/$id/redigera',
  component: lazy('application-edit-page', 'ApplicationEditPage'),
});

const overlapsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'overlapp',
  component: lazy('overlaps-page', 'OverlapsPage'),
});

const notFoundRoute = createRoute({ getParentRoute: () => authedRoute, path: '$', component: NotFoundPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  authedRoute.addChildren([
    homeRoute,
    listRoute,
    createApplicationRoute,
    detailRoute,
    editRoute,
    overlapsRoute,
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
