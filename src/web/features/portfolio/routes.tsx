import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// The project portfolio (issue 4), loaded on first visit.
const pages = inArea(['portfolio', 'records'], {
  list: () => import('./components/portfolio-page'),
  create: () => import('./components/project-create-page'),
  detail: () => import('./components/project-detail-page'),
  edit: () => import('./components/project-edit-page'),
  rules: () => import('./components/rules-page'),
});

export function portfolioRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'portfolj', component: lazyRouteComponent(pages.list, 'PortfolioPage') }),
    createRoute({ getParentRoute: () => authed, path: 'portfolj/ny', component: lazyRouteComponent(pages.create, 'ProjectCreatePage') }),
    createRoute({ getParentRoute: () => authed, path: 'portfolj/regler', component: lazyRouteComponent(pages.rules, 'RulesPage') }),
    createRoute({ getParentRoute: () => authed, path: 'portfolj/$id', component: lazyRouteComponent(pages.detail, 'ProjectDetailPage') }),
    createRoute({ getParentRoute: () => authed, path: 'portfolj/$id/redigera', component: lazyRouteComponent(pages.edit, 'ProjectEditPage') }),
  ] as const;
}
