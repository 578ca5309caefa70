import { describe, expect, it } from 'vitest';
import { validateArchiveSearch } from './archive-search';

describe('the archive view’s address', () => {
  it('keeps a kind, a search and a page', () => {
    expect(validateArchiveSearch({ type: 'document', q: 'policy', page: '2' })).toEqual({ type: 'document', q: 'policy', page: 2 });
  });

  it('drops what cannot be a filter', () => {
    expect(validateArchiveSearch({ type: 'DROP TABLE', q: 'x'.repeat(201), page: '0' })).toEqual({});
    expect(validateArchiveSearch({ type: 42, q: '', page: 'abc' })).toEqual({});
    expect(validateArchiveSearch({ page: '100001' })).toEqual({});
  });
});
