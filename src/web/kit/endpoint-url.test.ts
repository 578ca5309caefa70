import { describe, expect, it } from 'vitest';
import { applicationEndpoints } from '../../shared/endpoints/applications';
import { endpointUrl } from './endpoint-url';

describe('the typed API client', () => {
  it('builds an endpoint’s URL from its definition, encoding params and skipping empty query values', () => {
    expect(endpointUrl(applicationEndpoints.get, { params: { id: 'a/b c' } })).toBe('/api/v1/applications/a%2Fb%20c');
    expect(endpointUrl(applicationEndpoints.list, { query: { q: 'vård', department: undefined, owner: '', page: 2 } })).toBe('/api/v1/applications?q=v%C3%A5rd&page=2');
    expect(() => endpointUrl(applicationEndpoints.history)).toThrow(/id/);
  });
});
