import { z } from 'zod';
import { uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import { publicVersion, publicVersionList } from '../public-versions.js';

const tags = ['public'];
const documentParams = z.object({ organisationId: uuid.describe('The municipality that decided the document.'), id: uuid.describe('The steering document.') });

/** Offentlighetsprincipen: every decided version of a steering document, each on its own, with its decision. */
export const publicVersionEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/documents/:id/versions', tags, access: 'public',
    summary: 'Every decided version of a published document, newest first',
    description: 'A document with no decided version, an archived one, or one of another municipality answers 404.', params: documentParams, response: publicVersionList,
  }),
  get: endpoint({
    method: 'GET', path: '/api/public/v1/:organisationId/documents/:id/versions/:version', tags, access: 'public',
    summary: 'One decided version as it was decided: its decision (body, date, diarienummer), text, items and responsibility table',
    description: 'Only decided versions exist: a version not (yet) decided answers 404, as does another municipality’s document.',
    params: documentParams.extend({ version: z.coerce.number().int().min(1).max(10_000).describe('The number of a decided version.') }),
    response: publicVersion,
  }),
};
