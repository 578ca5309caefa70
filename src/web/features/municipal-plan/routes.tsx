import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// The municipal IT plan of a round (issue 14, item 4): ranking, decision and versions, loaded on first visit.
const pages = inArea(['municipal-plan', 'plan-action'], {
  plan: () => import('./components/municipal-plan-page'),
  version: () => import('./components/plan-version-page'),
});

export function municipalPlanRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'it-planer/$roundId/kommunplan', component: lazyRouteComponent(pages.plan, 'MunicipalPlanPage') }),
    createRoute({ getParentRoute: () => authed, path: 'it-planer/$roundId/kommunplan/version/$version', component: lazyRouteComponent(pages.version, 'PlanVersionPage') }),
  ] as const;
}
