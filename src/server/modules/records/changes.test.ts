import { describe, expect, it } from 'vitest';
import { changedFields, idsIn, valueBefore, withNames } from './changes.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('the changes of an audit event', () => {
  it('keeps only the fields that changed, comparing lists and objects by content', () => {
    const before = { title: 'A', tags: ['x', 'y'], contract: { endDate: null, noticeMonths: 3 }, same: 1 };
    const after = { title: 'B', tags: ['x', 'y'], contract: { noticeMonths: 3, endDate: null }, same: 1 };
    expect(changedFields(before, after)).toEqual([{ field: 'title', before: 'A', after: 'B', known: true }]);
  });

  it('knows an earlier value only when the before snapshot names the field', () => {
    expect(changedFields(null, { title: 'Ny' })).toEqual([{ field: 'title', before: null, after: 'Ny', known: false }]);
    expect(changedFields({ supplierId: A }, { supplier: 'X', supplierId: A })).toEqual([{ field: 'supplier', before: null, after: 'X', known: false }]);
    expect(changedFields({ ownerId: null }, { ownerId: A })).toEqual([{ field: 'ownerId', before: null, after: A, known: true }]);
    expect(changedFields({ a: 1 }, {})).toEqual([{ field: 'a', before: 1, after: null, known: true }]);
  });

  it('counts an empty text or list as nothing, so a create lists only what was given', () => {
    expect(changedFields(null, { title: 'Ny', body: '', items: [], ownerId: null })).toEqual([{ field: 'title', before: null, after: 'Ny', known: false }]);
    expect(changedFields({ body: '' }, { body: null })).toEqual([]);
    expect(changedFields({ body: '' }, { body: 'Text' })).toEqual([{ field: 'body', before: '', after: 'Text', known: true }]);
  });

  it('treats a snapshot that is not an object as none', () => {
    expect(changedFields('x', [1, 2])).toEqual([]);
    expect(changedFields(null, null)).toEqual([]);
  });

  it('gives the value before a change only for a field the event changed and recorded', () => {
    expect(valueBefore({ title: 'A', body: 'x' }, { title: 'B', body: 'x' }, 'title')).toEqual({ value: 'A' });
    expect(valueBefore({ title: 'A', body: 'x' }, { title: 'B', body: 'x' }, 'body')).toBeUndefined();
    expect(valueBefore(null, { title: 'B' }, 'title')).toBeUndefined();
    expect(valueBefore({ ownerId: null }, { ownerId: A }, 'ownerId')).toEqual({ value: null });
    expect(valueBefore({ title: 'A' }, { title: 'B' }, '__proto__')).toBeUndefined();
  });
});

describe('names in a history', () => {
  it('finds every id, nested in lists and objects, once', () => {
    expect([...idsIn({ ownerId: A, departmentIds: [B, A.toUpperCase()], nested: { x: [{ id: B }] }, text: 'not an id' })].sort()).toEqual([A, B]);
  });

  it('replaces known ids by names and leaves the rest', () => {
    const names = new Map([[A, 'Ada']]);
    expect(withNames({ ownerId: A.toUpperCase(), ids: [A, B], n: 3, s: 'x' }, names)).toEqual({ ownerId: 'Ada', ids: ['Ada', B], n: 3, s: 'x' });
  });
});
