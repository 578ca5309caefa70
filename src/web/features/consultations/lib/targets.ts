import type { TFunction } from 'i18next';
import { paragraphs } from '../../../../shared/consultations';
import type { Item } from '../../../../shared/documents';

/** An item of the sent text with its depth, in reading order. */
export interface FlatItem {
  item: Item;
  depth: number;
}

export function flatten(items: Item[], depth = 0): FlatItem[] {
  return items.flatMap((item) => [{ item, depth }, ...flatten(item.children, depth + 1)]);
}

export const itemLabel = (item: Item) => [item.number, item.title].filter(Boolean).join(' ');

/** A comment's target as one select value: '' the whole, `item:<id>` or `paragraph:<n>`. */
export const targetValue = (c: { itemId: string | null; paragraph: number | null }) =>
  c.itemId ? `item:${c.itemId}` : c.paragraph !== null ? `paragraph:${c.paragraph}` : '';

export function fromTargetValue(value: string): { itemId: string | null; paragraph: number | null } {
  if (value.startsWith('item:')) return { itemId: value.slice(5), paragraph: null };
  if (value.startsWith('paragraph:')) return { itemId: null, paragraph: Number(value.slice(10)) };
  return { itemId: null, paragraph: null };
}

/** Every place of the sent text a comment may point to, for the answer form's choice. */
export function targetOptions(t: TFunction, snapshot: { body: string; items: Item[] }) {
  const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  return [
    { value: '', label: t('consultations.target.whole') },
    ...flatten(snapshot.items).map(({ item }) => ({ value: `item:${item.id}`, label: itemLabel(item) })),
    ...paragraphs(snapshot.body).map((p, i) => ({ value: `paragraph:${i + 1}`, label: `${t('consultations.target.paragraph', { n: i + 1 })}: ${excerpt(p)}` })),
  ];
}
