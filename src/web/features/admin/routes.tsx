import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** The audit trail's verification, in the admin area; loaded on first visit. */
export function adminRoutes<TAdmin extends AnyRoute>(admin: TAdmin) {
  return [
    createRoute({ getParentRoute: () => admin, path: 'granskningslogg', component: lazyRouteComponent(() => import('./components/audit-verification-page'), 'AuditVerificationPage') }),
  ] as const;
}
