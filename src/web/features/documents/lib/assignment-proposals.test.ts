import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportProposal, Item } from '../../../../shared/documents';
import documentsSv from '../../../locales/documents.sv.json';
import { keptAssignments, validateAssignmentProposals } from './assignment-proposals';
import { documentFieldLabel } from './field-label';
import { fromProposal } from './form-values';

/** The Swedish texts by key, with {{placeholders}} filled in: what the page shows. */
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], documentsSv);
  return typeof text === 'string' ? text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k])) : key;
}) as unknown as TFunction;

const proposal: ImportProposal = {
  title: 'Digitaliseringsstrategi', typeId: null, typeKey: null, diarienummer: null, decidedOn: null, decidingBody: null, owner: null, sources: {}, body: '', bodyWithoutResponsibilities: null, responsibilities: [],
  items: [
    {
      kind: 'focus_area', number: '', title: 'Smartare arbetssätt', text: '', children: [],
      assignments: [
        { title: 'Ta fram en plan', party: 'IT-chefen', dueOn: '2026-06-30', source: 'IT-chefen får i uppdrag att ta fram en plan senast 30 juni 2026.' },
        { title: 'En handlingsplan ska under perioden skapas', party: null, dueOn: null, source: 'En handlingsplan ska under perioden skapas.' },
      ],
    },
  ],
};
const register = { people: [{ id: 'p-it', name: 'Karin Ek', title: 'IT-chef', departmentId: null }], departments: [] };
const saved = [{ id: 'item-1', children: [] }] as unknown as Item[];

describe("an import's proposed assignments in the review", () => {
  it('proposes the owner the party matches, and leaves one without a party to choose', () => {
    const [first, second] = fromProposal(proposal, undefined, '2026-12-06', register).items[0]!.assignments!;
    expect(first).toMatchObject({ keep: true, ownerId: 'p-it', matchedBy: 'title', dueOn: '2026-06-30', party: 'IT-chefen' });
    expect(second).toMatchObject({ keep: true, ownerId: '', matchedBy: null, dueOn: '' });
  });

  it('says which field a kept assignment lacks, beside that field, in Swedish; a dropped one needs nothing', () => {
    const values = fromProposal(proposal, undefined, '2026-12-06', register);
    expect(validateAssignmentProposals(t, values.items)).toEqual({
      'items.0.assignments.1.ownerId': 'Ägare saknas: uppdraget sparas inte utan ägare.',
      'items.0.assignments.1.dueOn': 'Datum saknas: uppdraget sparas inte utan ett slutdatum (ÅÅÅÅ-MM-DD).',
    });
    expect(documentFieldLabel(t, 'items.0.assignments.1.ownerId')).toBe('Punkt 1: Ägare för uppdraget');
    values.items[0]!.assignments![1]!.keep = false;
    expect(validateAssignmentProposals(t, values.items)).toEqual({});
  });

  it('saves the kept, complete assignments on the saved item, with the sentence as the description', () => {
    const values = fromProposal(proposal, undefined, '2026-12-06', register);
    expect(keptAssignments(values.items, saved)).toEqual([
      { title: 'Ta fram en plan', input: { itemId: 'item-1', title: 'Ta fram en plan', description: 'IT-chefen får i uppdrag att ta fram en plan senast 30 juni 2026.', ownerId: 'p-it', dueOn: '2026-06-30' } },
    ]);
    values.items[0]!.assignments![0]!.keep = false;
    expect(keptAssignments(values.items, saved)).toEqual([]);
  });
});
