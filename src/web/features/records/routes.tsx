import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTranslations } from '../../kit/i18n';

/** Archived records of every register, restorable (issue 12), in the admin area. */
export function recordRoutes<TAdmin extends AnyRoute>(admin: TAdmin) {
  return [
    createRoute({ getParentRoute: () => admin, path: 'arkiv', component: lazyRouteComponent(withTranslations(['records'], () => import('./components/archive-page')), 'ArchivePage') }),
  ] as const;
}
