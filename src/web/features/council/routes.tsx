import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';
import { validateCouncilSearch } from './lib/council-search';

// The IT council (issue 4), in the portfolio's words; loaded on first visit. Its inbox shows the
// acquisitions feature's page, so the shell composes that route (src/web/app/router.tsx).
const pages = inArea(['portfolio', 'records'], {
  meetings: () => import('./components/meeting-list-page'),
  meeting: () => import('./components/meeting-page'),
  decisions: () => import('./components/decision-log-page'),
});

export function councilRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [
    createRoute({ getParentRoute: () => authed, path: 'itrad', validateSearch: validateCouncilSearch, component: lazyRouteComponent(pages.meetings, 'MeetingListPage') }),
    createRoute({ getParentRoute: () => authed, path: 'itrad/beslut', component: lazyRouteComponent(pages.decisions, 'DecisionLogPage') }),
    createRoute({ getParentRoute: () => authed, path: 'itrad/$id', validateSearch: validateCouncilSearch, component: lazyRouteComponent(pages.meeting, 'MeetingPage') }),
  ] as const;
}
