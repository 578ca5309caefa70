import { describe, expect, it } from 'vitest';
import type { Item, ProposedKpi } from '../../../../shared/documents';
import { emptyItem, fromProposal, type ItemFormValues } from './form-values';
import { demote, mergeWithNext, promote, splitAt } from './item-tree-ops';
import { keptKpis } from './kpi-proposals';

const item = (kind: ItemFormValues['kind'], title: string, text = '', children: ItemFormValues[] = []): ItemFormValues => ({ ...emptyItem(kind), title, text, children });
const shape = (items: ItemFormValues[]): unknown[] => items.map((i) => [i.kind, i.title, i.text, ...(i.children.length ? [shape(i.children)] : [])]);

describe("restructuring an import's proposed items", () => {
  const tree = () => [item('vision', 'Vision'), item('focus_area', 'Område', '', [item('goal', 'Mål A'), item('goal', 'Mål B', 'Text B')]), item('principle', 'P', 'Ett. Två.\n\nTre. Fyra.\n\nFem.')];

  it('demotes under the item above, turning a kind that cannot sit there into one that can, and promotes back out', () => {
    const demoted = demote(tree(), 'items', 1);
    expect(demoted.path).toBe('items.0.children.0');
    expect(shape(demoted.items)).toEqual([['vision', 'Vision', '', [['focus_area', 'Område', '', [['goal', 'Mål A', ''], ['goal', 'Mål B', 'Text B']]]]], ['principle', 'P', 'Ett. Två.\n\nTre. Fyra.\n\nFem.']]);
    // A principle cannot sit under a focus area's goal: demoted under "Område" it becomes a goal.
    expect(demote(tree(), 'items', 2).items[1]!.children[2]!.kind).toBe('goal');
    const promoted = promote(tree(), 'items.1.children', 1);
    expect(promoted.path).toBe('items.2');
    expect(shape(promoted.items).map((i) => (i as unknown[])[1])).toEqual(['Vision', 'Område', 'Mål B', 'P']);
  });

  it('merges the next item into this one, keeping its title, text, children and KPIs', () => {
    const merged = mergeWithNext(tree(), 'items.1.children', 0);
    expect(shape(merged.items[1]!.children)).toEqual([['goal', 'Mål A', 'Mål B\n\nText B']]);
  });

  it('splits at a chosen paragraph: the rest becomes the next item, titled by its first sentence', () => {
    const split = splitAt(tree(), 'items', 2, 1);
    expect(split.path).toBe('items.3');
    expect(shape(split.items.slice(2))).toEqual([['principle', 'P', 'Ett. Två.'], ['principle', 'Tre.', 'Fyra.\n\nFem.']]);
    expect(shape(splitAt(tree(), 'items', 2, 0).items.slice(2))).toEqual([['principle', 'P', ''], ['principle', 'Ett.', 'Två.\n\nTre. Fyra.\n\nFem.']]);
  });
});

describe('the KPIs kept in the review', () => {
  const kpi = (over: Partial<ProposedKpi>): ProposedKpi => ({ name: 'Handläggningstid', unit: 'percent', targetValue: -25, targetDate: '2027-12-31', direction: 'lower', relative: true, definition: 'Dagar från ansökan till beslut.', source: 'Minska handläggningstiden med 25 % till 2027.', ...over });
  const proposal = {
    title: 'Plan', typeId: null, typeKey: null, diarienummer: null, decidedOn: null, decidingBody: null, owner: null, sources: {}, body: '', bodyWithoutResponsibilities: null, responsibilities: [],
    items: [{ kind: 'focus_area' as const, number: '', title: 'Område', text: '', children: [
      { kind: 'goal' as const, number: '', title: 'Mål', text: '', children: [], kpis: [kpi({}), kpi({ name: 'Andel', unit: 'percent', targetValue: 75, relative: false, direction: 'higher' })] },
    ] }],
  };
  const saved: Item[] = [{ id: 'a', kind: 'focus_area', number: '', title: 'Område', text: '', children: [{ id: 'g', kind: 'goal', number: '', title: 'Mål', text: '', children: [] }] }];

  it('ties each kept KPI to its saved goal; a relative target is an index from 100 unless a baseline is given', () => {
    const values = fromProposal(proposal, undefined, '2026-12-06');
    const [relative, absolute] = keptKpis(values.items, saved);
    expect(relative!.input).toMatchObject({ goalId: 'g', unit: 'index', direction: 'lower', baselineValue: 100, baselineDate: '2026-12-06', targets: [{ value: 75, targetDate: '2027-12-31' }] });
    expect(absolute!.input).toMatchObject({ goalId: 'g', unit: 'percent', baselineValue: null, targets: [{ value: 75, targetDate: '2027-12-31' }] });
    // The baseline in the goal's own unit: 40 days, a quarter less is 30 days.
    const goal = values.items[0]!.children[0]!;
    goal.kpis![0]!.baselineValue = '40';
    goal.kpis![0]!.unit = 'days';
    goal.kpis![1]!.keep = false;
    expect(keptKpis(values.items, saved).map((k) => [k.input.unit, k.input.baselineValue, k.input.targets[0]!.value])).toEqual([['days', 40, 30]]);
  });
});
