import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { candidateList, dismissInput, dismissResult, mergeInput, mergeResult, splitResult } from '../itplan-merge.js';

const tags = ['itplans'];

/** Needs met once (issue 14, item 3): duplicate candidates, dismissals, merges and splits. Read with `itplan.read`; the strategist merges (`itplan.manage`). */
export const itplanMergeEndpoints = {
  candidates: endpoint({
    method: 'GET', path: '/api/v1/plan-rounds/:id/candidates', tags, access: 'itplan.read',
    summary: 'Pairs of needs from different departments that are likely the same need, best first, with why',
    description: 'Scored by Swedish full-text similarity of title and description (stemmed), shared capabilities and shared systems. Pairs dismissed and needs already merged into one initiative are left out.',
    params: idParams, response: candidateList,
  }),
  dismiss: endpoint({
    method: 'POST', path: '/api/v1/plan-rounds/:id/candidates/dismiss', tags, access: 'itplan.manage',
    summary: 'Judge two needs not to be the same need: the pair is not proposed again', params: idParams, body: dismissInput, status: 201, response: dismissResult,
  }),
  merge: endpoint({
    method: 'POST', path: '/api/v1/plan-rounds/:id/merge', tags, access: 'itplan.manage',
    summary: "Merge submitted needs' initiatives into one initiative of the municipal plan",
    description: 'Costs are summed per year, goals, capabilities and systems united, the highest priority kept; the emptied initiatives are archived.',
    params: idParams, body: mergeInput, response: mergeResult,
  }),
  split: endpoint({
    method: 'POST', path: '/api/v1/plan-initiatives/:id/split', tags, access: 'itplan.manage', ifMatch: true,
    summary: 'Undo a merge: every need of the initiative gets its own initiative again', params: idParams, response: splitResult,
  }),
};
