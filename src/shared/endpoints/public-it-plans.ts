import { z } from 'zod';
import { uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import { publicPlanList, publicPlanVersion } from '../public-it-plans.js';

const tags = ['public'];
const organisationParams = z.object({ organisationId: uuid.describe('The municipality that decided the plan.') });
const versionParams = organisationParams.extend({
  roundId: uuid.describe("The planning round's id."),
  version: z.coerce.number().int().min(1).max(10_000).describe('The number of a decided version.'),
});

/** Offentlighetsprincipen: the decided municipal IT plans, readable without signing in (issue 14, item 4). */
export const publicItPlanEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/it-plans', tags, access: 'public',
    summary: 'Every decided version of the municipal IT plans, newest decision first, with its decision',
    description: 'An unknown municipality answers 404. Open (undecided) rounds are never listed.', params: organisationParams, response: publicPlanList,
  }),
  version: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/it-plans/:roundId/versions/:version', tags, access: 'public',
    summary: 'One decided version of a municipal IT plan, frozen as it was decided',
    description: 'Only decided versions exist: an open round, a version never decided or another municipality’s round answers 404.', params: versionParams, response: publicPlanVersion,
  }),
  versionPdf: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/it-plans/:roundId/versions/:version/export.pdf', tags, access: 'public',
    summary: 'One decided version as an archivable PDF (PDF/A-2b)',
    description: 'The same 404s as the version itself.', params: versionParams, produces: 'application/pdf',
  }),
};
