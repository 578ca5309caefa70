import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { handoverInput, handoverResult, inactiveResponsibleList, responsibilities } from '../handover.js';

const tags = ['organisation'];

/** When someone leaves: what they answer for, and handing it over to others (admin). */
export const handoverEndpoints = {
  inactiveResponsible: endpoint({
    method: 'GET', path: '/api/v1/people/inactive-responsible', tags, access: 'organisation.manage',
    summary: 'Deactivated people who still answer for something, to be handed over (admin)', response: inactiveResponsibleList,
  }),
  responsibilities: endpoint({
    method: 'GET', path: '/api/v1/people/:id/responsibilities', tags, access: 'organisation.manage',
    summary: 'Everything a person is responsible for, grouped by kind (admin)',
    description: 'Systems as owner or manager, steering documents, KPIs, projects as owner or sponsor, and open benefit follow-ups. Also for a deactivated person.',
    params: idParams, response: responsibilities,
  }),
  handOver: endpoint({
    method: 'POST', path: '/api/v1/people/:id/handover', tags, access: 'organisation.manage', ifMatch: true,
    summary: "Reassign a person's responsibilities to others, optionally deactivating them, in one step (admin)",
    description: 'One transaction; each record changed gets its own audit event (action `handover`). Refuses an inactive or unknown person to take over and a kind the person has nothing in. Works for an already deactivated person too (to clear what they left).',
    params: idParams, body: handoverInput, response: handoverResult, errors: [404, 409],
  }),
};
