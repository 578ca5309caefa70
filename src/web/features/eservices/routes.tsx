import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';
import { validateEserviceListSearch } from './lib/list-search';

// The e-services register and Statskontoret's ladder (issue 14, items 7–9), loaded on first visit.
const pages = inArea(['eservices', 'records'], {
  list: () => import('./components/eservice-list-page'),
  ladder: () => import('./components/ladder-page'),
  create: () => import('./components/eservice-create-page'),
  detail: () => import('./components/eservice-detail-page'),
  edit: () => import('./components/eservice-edit-page'),
});

export function eserviceRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'e-tjanster', validateSearch: validateEserviceListSearch, component: lazyRouteComponent(pages.list, 'EserviceListPage') }),
    createRoute({ getParentRoute: () => authed, path: 'e-tjanster/trappan', component: lazyRouteComponent(pages.ladder, 'LadderPage') }),
    createRoute({ getParentRoute: () => authed, path: 'e-tjanster/ny', component: lazyRouteComponent(pages.create, 'EserviceCreatePage') }),
    createRoute({ getParentRoute: () => authed, path: 'e-tjanster/$id', component: lazyRouteComponent(pages.detail, 'EserviceDetailPage') }),
    createRoute({ getParentRoute: () => authed, path: 'e-tjanster/$id/redigera', component: lazyRouteComponent(pages.edit, 'EserviceEditPage') }),
  ] as const;
}
