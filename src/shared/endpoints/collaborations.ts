import { catalogue, catalogueQuery, collaboration, collaborationInput, collaborationList, invitationInput } from '../collaborations.js';
import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['collaborations'];

/** Collaborations between municipalities and their shared catalogue (DECISIONS.md 2). */
export const collaborationEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/collaborations', tags, access: 'signed_in',
    summary: 'The collaborations the municipality is in or invited to, with their members', response: collaborationList,
  }),
  create: endpoint({
    method: 'POST', path: '/api/v1/collaborations', tags, access: 'organisation.manage', status: 201,
    summary: 'Create a collaboration with the own municipality as its first member (admin)', body: collaborationInput, response: collaboration,
  }),
  invite: endpoint({
    method: 'POST', path: '/api/v1/collaborations/:id/invitations', tags, access: 'organisation.manage',
    summary: 'Invite another municipality by its name or id (admin of an active member)',
    description: 'A municipality that declined or left may be invited again.',
    params: idParams, body: invitationInput, response: collaboration,
  }),
  accept: endpoint({
    method: 'POST', path: '/api/v1/collaborations/:id/accept', tags, access: 'organisation.manage', ifMatch: true,
    summary: "Accept the municipality's invitation (admin): from now on it shares and sees", params: idParams, response: collaboration,
  }),
  decline: endpoint({
    method: 'POST', path: '/api/v1/collaborations/:id/decline', tags, access: 'organisation.manage', ifMatch: true, status: 204,
    summary: "Decline the municipality's invitation (admin)", params: idParams, response: null,
  }),
  leave: endpoint({
    method: 'POST', path: '/api/v1/collaborations/:id/leave', tags, access: 'organisation.manage', ifMatch: true, status: 204,
    summary: 'Leave the collaboration (admin): sharing stops at once, both ways', params: idParams, response: null,
  }),
  catalogue: endpoint({
    method: 'GET', path: '/api/v1/collaborations/catalogue', tags, access: 'signed_in',
    summary: "The systems partner municipalities share with the municipality's collaborations, searched, filtered and paged",
    description: 'Only name, municipality, supplier and capabilities of systems their owners marked as shared, from municipalities that are active members of a collaboration this municipality is an active member of.',
    query: catalogueQuery, response: catalogue,
  }),
};
