import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// The municipal IT plan of a round (issue 14, item 4): ranking, decision and versions, loaded on first visit.
const pages = inArea(['municipal-plan', 'plan-action'], {
  plan: () => import('./components/municipal-plan-page'),
  version: () => import('./components/plan-version-page'),
  publicList: () => import('./components/public-plan-list-page'),
  publicVersion: () => import('./components/public-plan-version-page'),
});

/** The plan for those signed in, and (offentlighetsprincipen) its decided versions, readable without a session under the root. */
export function municipalPlanRoutes<TRoot extends AnyRoute, TAuthed extends AnyRoute>(root: TRoot, authed: TAuthed) {
  return {
    public: [
      createRoute({ getParentRoute: () => root, path: 'offentlig/$organisationId/it-planer', component: lazyRouteComponent(pages.publicList, 'PublicPlanListPage') }),
      createRoute({ getParentRoute: () => root, path: 'offentlig/$organisationId/it-planer/$roundId/version/$version', component: lazyRouteComponent(pages.publicVersion, 'PublicPlanVersionPage') }),
    ] as const,
    authed: [
      createRoute({ getParentRoute: () => authed, path: 'it-planer/$roundId/kommunplan', component: lazyRouteComponent(pages.plan, 'MunicipalPlanPage') }),
      createRoute({ getParentRoute: () => authed, path: 'it-planer/$roundId/kommunplan/version/$version', component: lazyRouteComponent(pages.version, 'PlanVersionPage') }),
    ] as const,
  };
}
