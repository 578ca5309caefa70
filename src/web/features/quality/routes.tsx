import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTranslations } from '../../kit/i18n';

/** The weights of the data-quality score (issue 12), in the admin area. */
export function qualityRoutes<TAdmin extends AnyRoute>(admin: TAdmin) {
  return [
    createRoute({
      getParentRoute: () => admin,
      path: 'datakvalitet',
      component: lazyRouteComponent(withTranslations(['quality'], () => import('./components/quality-weights-page')), 'QualityWeightsPage'),
    }),
  ] as const;
}
