import { endpoint } from '../endpoint.js';
import { qualityDistribution, qualityWeightsInput, qualityWeightsResponse } from '../quality.js';

const tags = ['quality'];

/** The register's data quality: the completeness score's weights and its distribution. */
export const qualityEndpoints = {
  weights: endpoint({
    method: 'GET', path: '/api/v1/quality/weights', tags, access: 'organisation.read',
    summary: "The completeness score's weights per field (the municipality's, or the defaults)", response: qualityWeightsResponse,
  }),
  updateWeights: endpoint({
    method: 'PUT', path: '/api/v1/quality/weights', tags, access: 'organisation.manage', ifMatch: true,
    summary: 'Change the weights (admin); every system of the municipality is scored again at once',
    description: 'Send every field. `If-Match` with the version read (`"0"` while the defaults were never saved).',
    body: qualityWeightsInput, response: qualityWeightsResponse,
  }),
  distribution: endpoint({
    method: 'GET', path: '/api/v1/quality/distribution', tags, access: 'application.read',
    summary: 'How the systems the person may read fall in the score bands, per department', response: qualityDistribution,
  }),
};
