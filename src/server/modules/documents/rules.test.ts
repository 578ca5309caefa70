import { describe, expect, it } from 'vitest';
import { checkItemTree, isDiarienummer } from '../../../shared/document-rules.js';
import { addMonths, canMoveStatus, compareTexts, documentFlagsFor, revisionDueOn } from './rules.js';

describe('document status', () => {
  it('moves utkast → remiss → beslutad and back from remiss to utkast', () => {
    expect(canMoveStatus('draft', 'consultation')).toBe(true);
    expect(canMoveStatus('consultation', 'adopted')).toBe(true);
    expect(canMoveStatus('consultation', 'draft')).toBe(true);
  });
  it('ends a decided document by repeal or replacement, or revises it as a new draft', () => {
    expect(canMoveStatus('adopted', 'repealed')).toBe(true);
    expect(canMoveStatus('adopted', 'replaced')).toBe(true);
    expect(canMoveStatus('adopted', 'draft')).toBe(true);
  });
  it('refuses to repeal a draft or revive a repealed document', () => {
    expect(canMoveStatus('draft', 'repealed')).toBe(false);
    expect(canMoveStatus('repealed', 'adopted')).toBe(false);
    expect(canMoveStatus('replaced', 'draft')).toBe(false);
  });
});

describe('diarienummer', () => {
  it.each(['KS 2010/0095', 'KS/2015:646-005', 'KS2012/262', 'BUN 2019.123', 'KS 2016/1234-2'])('accepts %s', (v) => expect(isDiarienummer(v)).toBe(true));
  it.each(['', '2010/95', 'KS 10/95', 'ks 2010/0095', 'KS 2010', "KS 2010/95'; drop table"])('refuses %s', (v) => expect(isDiarienummer(v)).toBe(false));
});

describe('revision dates', () => {
  it('adds the type interval to the decision date', () => expect(revisionDueOn('2017-11-14', 48, null)).toBe('2021-11-14'));
  it('lets an override win', () => expect(revisionDueOn('2017-11-14', 48, '2020-01-01')).toBe('2020-01-01'));
  it('has no date for a type revised when needed', () => expect(revisionDueOn('2017-11-14', null, null)).toBeNull());
  it('clamps month ends', () => expect(addMonths('2024-02-29', 12)).toBe('2025-02-28'));
  it('flags overdue and due within 90 days, but only for documents in force', () => {
    expect(documentFlagsFor('adopted', 1, '2026-11-22', '2026-11-23')).toEqual(['revision_overdue']);
    expect(documentFlagsFor('adopted', 1, '2027-02-21', '2026-11-23')).toEqual(['revision_due']);
    expect(documentFlagsFor('adopted', 1, '2027-02-22', '2026-11-23')).toEqual([]);
    expect(documentFlagsFor('draft', null, '2020-01-01', '2026-11-23')).toEqual([]);
    expect(documentFlagsFor('draft', 2, '2020-01-01', '2026-11-23')).toEqual(['revision_overdue']);
    expect(documentFlagsFor('repealed', 1, '2020-01-01', '2026-11-23')).toEqual([]);
  });
});

describe('item tree', () => {
  const goal = (children = []) => ({ kind: 'goal' as const, number: '', title: 'Mål', text: '', children });
  it('accepts vision → focus area → goal → goal', () => {
    expect(checkItemTree([{ kind: 'vision', number: '', title: 'V', text: '', children: [{ kind: 'focus_area', number: '', title: 'F', text: '', children: [goal([goal()] as never)] }] }])).toEqual([]);
  });
  it('refuses a focus area under a goal, naming the path', () => {
    expect(checkItemTree([{ ...goal(), children: [{ kind: 'focus_area', number: '', title: 'F', text: '', children: [] }] }])).toEqual([
      { path: 'items.0.children.0.kind', problem: 'kind_not_allowed_here' },
    ]);
  });
});

describe('version comparison', () => {
  it('shows unchanged, removed and added lines', () => {
    expect(compareTexts('A\nB\nC\n', 'A\nX\nC\n')).toEqual([
      { kind: 'same', text: 'A\n' },
      { kind: 'removed', text: 'B\n' },
      { kind: 'added', text: 'X\n' },
      { kind: 'same', text: 'C\n' },
    ]);
  });
});
