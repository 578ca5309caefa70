import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { inArea } from '../../kit/i18n';

// Needs met once (issue 14, item 3): the round's duplicate candidates, loaded on first visit.
const pages = inArea(['plan-merge'], {
  candidates: () => import('./components/candidates-page'),
});

export function planMergeRoutes<TAuthed extends AnyRoute>(authed: TAuthed) {
  return [createRoute({ getParentRoute: () => authed, path: 'it-planer/$roundId/kandidater', component: lazyRouteComponent(pages.candidates, 'CandidatesPage') })] as const;
}
