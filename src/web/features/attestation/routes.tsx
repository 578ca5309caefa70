import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// Attestation (issue 12): owners confirm or correct their systems; loaded on first visit.
const pages = inArea(['attestation'], {
  mine: () => import('./components/my-tasks-page'),
  task: () => import('./components/task-page'),
  overview: () => import('./components/overview-page'),
});

export function attestationRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'attestering', component: lazyRouteComponent(pages.mine, 'MyTasksPage') }),
    createRoute({ getParentRoute: () => authed, path: 'attestering/oversikt', component: lazyRouteComponent(pages.overview, 'OverviewPage') }),
    createRoute({ getParentRoute: () => authed, path: 'attestering/$id', component: lazyRouteComponent(pages.task, 'TaskPage') }),
  ] as const;
}
