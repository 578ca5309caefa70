import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportProposal } from '../../../../shared/documents';
import documentsSv from '../../../locales/documents.sv.json';
import { documentFieldLabel } from './field-label';
import { fromProposal } from './form-values';
import { keptResponsibilities, validateResponsibilityProposals } from './responsibility-proposals';

/** The Swedish texts by key, with {{placeholders}} filled in: what the page shows. */
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], documentsSv);
  return typeof text === 'string' ? text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k])) : key;
}) as unknown as TFunction;

const proposal: ImportProposal = {
  title: 'IT-policy', typeId: null, typeKey: null, diarienummer: null, decidedOn: null, decidingBody: null, owner: null, sources: {}, body: '', bodyWithoutResponsibilities: null, items: [],
  responsibilities: [
    { party: 'Kommunstyrelsen', responsibility: 'Leder arbetet', source: 'Kommunstyrelsen | Leder arbetet' },
    { party: 'IT-chefen', responsibility: 'Följa upp policyn', source: 'IT-chefen ska följa upp policyn.' },
  ],
};

describe("an import's proposed responsibility rows in the review", () => {
  it('starts with every proposed row and saves the ones kept, trimmed, without their sources', () => {
    const values = fromProposal(proposal, undefined, '2026-12-06');
    expect(values.responsibilities?.map((r) => r.source)).toEqual(['Kommunstyrelsen | Leder arbetet', 'IT-chefen ska följa upp policyn.']);
    values.responsibilities!.splice(1, 1);
    values.responsibilities![0]!.responsibility = ' Leder och samordnar arbetet ';
    expect(keptResponsibilities(values.responsibilities)).toEqual({ rows: [{ party: 'Kommunstyrelsen', responsibility: 'Leder och samordnar arbetet', personId: null, departmentId: null }] });
  });

  it("proposes the person or department the party matches in the register, and saves them with the row", () => {
    const register = { people: [{ id: 'p-it', name: 'Karin Ek', title: 'IT-chef', departmentId: null }], departments: [{ id: 'd-ks', name: 'Kommunstyrelsens förvaltning' }] };
    const values = fromProposal(proposal, undefined, '2026-12-06', register);
    expect(values.responsibilities?.map((r) => [r.personId, r.departmentId])).toEqual([['', ''], ['p-it', '']]);
    expect(keptResponsibilities(values.responsibilities)?.rows[1]).toEqual({ party: 'IT-chefen', responsibility: 'Följa upp policyn', personId: 'p-it', departmentId: null });
  });

  it('starts the body without the rows the table took, and keeps the full text to put back', () => {
    const values = fromProposal({ ...proposal, body: 'full', bodyWithoutResponsibilities: 'without' }, undefined, '2026-12-06');
    expect(values.body).toBe('without');
    expect(values.responsibilityBodies).toEqual({ without: 'without', full: 'full' });
    expect(fromProposal({ ...proposal, responsibilities: [], body: 'full', bodyWithoutResponsibilities: null }, undefined, '2026-12-06').body).toBe('full');
  });

  it('saves no table when none were proposed or all were removed', () => {
    expect(fromProposal({ ...proposal, responsibilities: [] }, undefined, '2026-12-06').responsibilities).toBeUndefined();
    expect(keptResponsibilities([])).toBeNull();
    expect(keptResponsibilities(undefined)).toBeNull();
  });

  it('names an emptied field by its row, in Swedish', () => {
    const values = fromProposal(proposal, undefined, '2026-12-06');
    values.responsibilities![1]!.party = '  ';
    const errors = validateResponsibilityProposals(t, values.responsibilities);
    expect(errors).toEqual({ 'responsibilities.1.party': 'Ange vem som är ansvarig.' });
    expect(documentFieldLabel(t, 'responsibilities.1.party')).toBe('Föreslagen ansvarsrad 2: Ansvarig');
  });
});
