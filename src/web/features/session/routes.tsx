import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** The person's own account. (The login page's route stays with the shell's guard, which decides who sees it.) */
export function sessionRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [createRoute({ getParentRoute: () => authed, path: 'mitt-konto', component: lazyRouteComponent(() => import('./components/account-page'), 'AccountPage') })] as const;
}
