import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// A person's notifications and, for admins, held digest sends (issue 12), loaded on first visit.
const pages = inArea(['notifications'], {
  list: () => import('./components/notifications-page'),
  held: () => import('./components/held-digests-page'),
});

export function notificationRoutes<TAuthed extends AnyRoute, TAdmin extends AnyRoute>(authed: TAuthed, admin: TAdmin) {
  return {
    authed: [createRoute({ getParentRoute: () => authed, path: 'aviseringar', component: lazyRouteComponent(pages.list, 'NotificationsPage') })] as const,
    admin: [createRoute({ getParentRoute: () => admin, path: 'utskick', component: lazyRouteComponent(pages.held, 'HeldDigestsPage') })] as const,
  };
}
