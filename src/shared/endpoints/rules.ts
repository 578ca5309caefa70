import { endpoint } from '../endpoint.js';
import { ruleValue, ruleValueInput, ruleValueList } from '../portfolio.js';

const tags = ['rules'];

/** Rule values with effective dates: what law or policy changes is data, never a constant. */
export const ruleEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/rules', tags, access: 'organisation.read',
    summary: 'Rule values with their effective dates (portfolio threshold, discount rate, procurement limits, prisbasbelopp)', response: ruleValueList,
  }),
  add: endpoint({
    method: 'POST', path: '/api/v1/rules', tags, access: 'organisation.manage', status: 201,
    summary: 'Add a value from an effective date (admin)',
    description: 'Earlier values keep applying before it. A preset whose value is not known (null) is filled in by adding its key and date.',
    body: ruleValueInput, response: ruleValue,
  }),
};
