import { agreementDetail, agreementInput, agreementList, agreementListQuery } from '../agreements.js';
import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['agreements'];

/** The agreements register (avtalsregister), read with the register's permission. */
export const agreementEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/agreements', tags, access: 'application.read',
    summary: 'The agreements register: framework agreements and contracts, with scope as capabilities', query: agreementListQuery, response: agreementList,
  }),
  create: endpoint({
    method: 'POST', path: '/api/v1/agreements', tags, access: 'agreement.manage',
    summary: 'Add an agreement to the register', body: agreementInput, status: 201, response: agreementDetail,
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/agreements/:id', tags, access: 'application.read',
    summary: 'An agreement with the systems and acquisitions that use it', params: idParams, response: agreementDetail,
  }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/agreements/:id', tags, access: 'agreement.manage', ifMatch: true,
    summary: 'Change an agreement', params: idParams, body: agreementInput, response: agreementDetail,
  }),
};
