import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// Remiss (issue 13, item 6): Mina remisser and one round, each loaded on first visit with its words.
const pages = inArea(['consultations', 'documents'], {
  mine: () => import('./components/my-consultations-page'),
  detail: () => import('./components/consultation-page'),
});

export function consultationRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'remisser', component: lazyRouteComponent(pages.mine, 'MyConsultationsPage') }),
    createRoute({ getParentRoute: () => authed, path: 'remisser/$id', component: lazyRouteComponent(pages.detail, 'ConsultationPage') }),
  ] as const;
}
