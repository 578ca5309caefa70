import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// When someone leaves (issue 12): the hand-over views, in the admin area, with their own strings.
const pages = inArea(['handover'], {
  handover: () => import('./components/handover-page'),
  inactive: () => import('./components/inactive-responsible-page'),
});

export function handoverRoutes<TAdmin extends AnyRoute>(admin: TAdmin) {
  return [
    createRoute({ getParentRoute: () => admin, path: 'personer/$id/overlamning', component: lazyRouteComponent(pages.handover, 'HandoverPage') }),
    createRoute({ getParentRoute: () => admin, path: 'overlamningar', component: lazyRouteComponent(pages.inactive, 'InactiveResponsiblePage') }),
  ] as const;
}
