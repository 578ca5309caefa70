import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadTranslations, withTranslations } from '../../kit/i18n';
import { ApplicationListPage } from './components/application-list-page';
import { validateArchivedSearch } from './lib/archived-search';
import { validateDetailSearch } from './lib/detail-search';
import { validateListSearch } from './lib/list-search';

// Pages beyond the list load on first visit, so the first screen downloads less.
const pages = {
  create: () => import('./components/application-create-page'),
  // The system's page shows its data quality, in the 'quality' area's words.
  detail: withTranslations(['quality', 'records'], () => import('./components/application-detail-page')),
  edit: () => import('./components/application-edit-page'),
  overlaps: () => import('./components/overlaps-page'),
  archived: () => import('./components/archived-applications-page'),
};

/** The register (issue 1): the list in the first page's bundle, the rest on first visit; archived systems in the admin area. */
export function applicationRoutes<TAuthed extends AnyRoute, TAdmin extends AnyRoute>(authed: TAuthed, admin: TAdmin) {
  return {
    authed: [
      createRoute({
        getParentRoute: () => authed,
        path: 'system',
        validateSearch: validateListSearch,
        // The quality column and filter's words (a small file of their own, not in the first page's bundle).
        loader: () => loadTranslations('quality'),
        component: ApplicationListPage,
      }),
      createRoute({ getParentRoute: () => authed, path: 'system/ny', component: lazyRouteComponent(pages.create, 'ApplicationCreatePage') }),
      createRoute({ getParentRoute: () => authed, path: 'system/$id', validateSearch: validateDetailSearch, component: lazyRouteComponent(pages.detail, 'ApplicationDetailPage') }),
      createRoute({ getParentRoute: () => authed, path: 'system/$id/redigera', component: lazyRouteComponent(pages.edit, 'ApplicationEditPage') }),
      createRoute({ getParentRoute: () => authed, path: 'overlapp', component: lazyRouteComponent(pages.overlaps, 'OverlapsPage') }),
    ] as const,
    admin: [
      createRoute({ getParentRoute: () => admin, path: 'arkiverade-system', validateSearch: validateArchivedSearch, component: lazyRouteComponent(pages.archived, 'ArchivedApplicationsPage') }),
    ] as const,
  };
}
