import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { eserviceDetail, eserviceInput, eserviceList, eserviceListQuery, ladderOverview } from '../eservices.js';

const tags = ['eservices'];

/** The e-services register (e-tjänster) and Statskontoret's ladder, read with the register's permission. */
export const eserviceEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/eservices', tags, access: 'application.read',
    summary: "The municipality's e-services, filtered by step and text", query: eserviceListQuery, response: eserviceList,
  }),
  ladder: endpoint({
    method: 'GET', path: '/api/v1/eservices/ladder', tags, access: 'application.read',
    summary: "Statskontoret's ladder: services per step now and per year, the digital share weighted by volume, the candidates that pay best", response: ladderOverview,
  }),
  create: endpoint({
    method: 'POST', path: '/api/v1/eservices', tags, access: 'application.create',
    summary: 'Add an e-service or a candidate to the register', body: eserviceInput, status: 201, response: eserviceDetail,
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/eservices/:id', tags, access: 'application.read',
    summary: 'An e-service with its systems and its digitisation valuation', params: idParams, response: eserviceDetail,
  }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/eservices/:id', tags, access: 'application.update', ifMatch: true,
    summary: 'Change an e-service (its owner, its department, or anyone who writes the register)',
    description: "Needs application.update reaching the service: `all`, the owner's department, or the owner.",
    params: idParams, body: eserviceInput, response: eserviceDetail,
  }),
};
