import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// Collaborations between municipalities (issue 12, item 7): the admin's page and the shared catalogue.
const pages = inArea(['collaborations'], {
  admin: () => import('./components/collaborations-page'),
  catalogue: () => import('./components/catalogue-page'),
});

export function collaborationRoutes<TAuthed extends AnyRoute, TAdmin extends AnyRoute>(authed: TAuthed, admin: TAdmin) {
  return {
    authed: [createRoute({ getParentRoute: () => authed, path: 'samverkan', component: lazyRouteComponent(pages.catalogue, 'CataloguePage') })] as const,
    admin: [createRoute({ getParentRoute: () => admin, path: 'samverkan', component: lazyRouteComponent(pages.admin, 'CollaborationsPage') })] as const,
  };
}
