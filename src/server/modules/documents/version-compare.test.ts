import { describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/documents.js';
import { compareItems } from './version-compare.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const leaf = (n: number, title: string, extra: Partial<Item> = {}): Item => ({ id: id(n), kind: 'principle', number: '', title, text: '', children: [], ...extra });

describe('comparing the items of two decided versions', () => {
  const v1 = [leaf(1, 'Befintliga lösningar först', { text: 'Samverkan före inköp.' }), leaf(2, 'Öppna standarder'), leaf(3, 'Säkerhet')];

  it('finds nothing when nothing changed', () => {
    expect(compareItems(v1, structuredClone(v1))).toEqual([]);
  });

  it('names the fields that changed and compares the text word by word', () => {
    const v2 = [leaf(1, 'Befintliga lösningar före nya', { text: 'Samverkan med andra kommuner före inköp.' }), leaf(2, 'Öppna standarder'), leaf(3, 'Säkerhet')];
    const [change, ...rest] = compareItems(v1, v2);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ change: 'changed', id: id(1), fields: ['title', 'text'], before: { title: 'Befintliga lösningar först' }, after: { title: 'Befintliga lösningar före nya' } });
    expect(change!.textParts).toContainEqual({ kind: 'added', text: 'med andra kommuner ' });
  });

  it('tells added and removed items, a removed one where it stood, and not the siblings that only shifted', () => {
    const v2 = [leaf(1, 'Befintliga lösningar först', { text: 'Samverkan före inköp.' }), leaf(3, 'Säkerhet'), leaf(4, 'Hållbarhet')];
    expect(compareItems(v1, v2).map((c) => [c.change, c.before?.title ?? c.after?.title])).toEqual([
      ['removed', 'Öppna standarder'],
      ['added', 'Hållbarhet'],
    ]);
  });

  it('tells an item moved among its siblings, and one moved under another item', () => {
    const reordered = [leaf(3, 'Säkerhet'), leaf(1, 'Befintliga lösningar först', { text: 'Samverkan före inköp.' }), leaf(2, 'Öppna standarder')];
    expect(compareItems(v1, reordered).map((c) => [c.id, c.fields])).toEqual([[id(3), ['position']]]);
    const nested = [leaf(1, 'Befintliga lösningar först', { text: 'Samverkan före inköp.', children: [leaf(2, 'Öppna standarder')] }), leaf(3, 'Säkerhet')];
    const [moved] = compareItems(v1, nested);
    expect(moved).toMatchObject({ id: id(2), fields: ['parent'], before: { parentId: null }, after: { parentId: id(1), parentTitle: 'Befintliga lösningar först' } });
  });

  it('matches an item that lost its id by kind and title', () => {
    const v2 = [leaf(1, 'Befintliga lösningar först', { text: 'Samverkan före inköp.' }), leaf(9, 'Öppna  standarder', { number: 'P2' }), leaf(3, 'Säkerhet')];
    expect(compareItems(v1, v2)).toMatchObject([{ change: 'changed', id: id(9), fields: ['number', 'title'] }]);
  });

  it('compares nested goals: a changed goal under a focus area', () => {
    const tree = (goal: string): Item[] => [{ ...leaf(10, 'E-service', { kind: 'focus_area', number: '1' }), children: [leaf(11, goal, { kind: 'goal', number: '1.1' })] }];
    expect(compareItems(tree('75 % digitalt'), tree('80 % digitalt'))).toMatchObject([
      { change: 'changed', id: id(11), fields: ['title'], before: { parentTitle: '1 E-service', position: 1 }, after: { title: '80 % digitalt' } },
    ]);
  });
});
