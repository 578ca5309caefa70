import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// IT plans (issue 14, items 1, 2 and 6): planning rounds and each department's plan, loaded on first visit.
const pages = inArea(['itplans'], {
  list: () => import('./components/round-list-page'),
  open: () => import('./components/round-open-page'),
  round: () => import('./components/round-page'),
  plan: () => import('./components/plan-page'),
  needCreate: () => import('./components/need-create-page'),
  needEdit: () => import('./components/need-edit-page'),
});

export function itplanRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'it-planer', component: lazyRouteComponent(pages.list, 'RoundListPage') }),
    createRoute({ getParentRoute: () => authed, path: 'it-planer/ny', component: lazyRouteComponent(pages.open, 'RoundOpenPage') }),
    createRoute({ getParentRoute: () => authed, path: 'it-planer/$roundId', component: lazyRouteComponent(pages.round, 'RoundPage') }),
    createRoute({ getParentRoute: () => authed, path: 'it-planer/planer/$planId', component: lazyRouteComponent(pages.plan, 'PlanPage') }),
    createRoute({ getParentRoute: () => authed, path: 'it-planer/planer/$planId/behov/ny', component: lazyRouteComponent(pages.needCreate, 'NeedCreatePage') }),
    createRoute({ getParentRoute: () => authed, path: 'it-planer/planer/$planId/behov/$needId', component: lazyRouteComponent(pages.needEdit, 'NeedEditPage') }),
  ] as const;
}
