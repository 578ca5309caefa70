import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';
import { validateKpiCreateSearch } from './lib/kpi-create-search';

// Goals and KPIs belong to the steering documents (issue 3): loaded on first visit, in the documents' and the history's words.
const pages = inArea(['documents', 'records'], {
  followUp: () => import('./components/follow-up-page'),
  kpi: () => import('./components/kpi-page'),
  kpiCreate: () => import('./components/kpi-create-page'),
  kpiEdit: () => import('./components/kpi-edit-page'),
});

export function goalRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'styrdokument/$id/uppfoljning', component: lazyRouteComponent(pages.followUp, 'FollowUpPage') }),
    createRoute({ getParentRoute: () => authed, path: 'nyckeltal/ny', validateSearch: validateKpiCreateSearch, component: lazyRouteComponent(pages.kpiCreate, 'KpiCreatePage') }),
    createRoute({ getParentRoute: () => authed, path: 'nyckeltal/$id', component: lazyRouteComponent(pages.kpi, 'KpiPage') }),
    createRoute({ getParentRoute: () => authed, path: 'nyckeltal/$id/redigera', component: lazyRouteComponent(pages.kpiEdit, 'KpiEditPage') }),
  ] as const;
}
