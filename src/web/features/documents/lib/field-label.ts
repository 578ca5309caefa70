import type { TFunction } from 'i18next';

/** The DOM id the form gives the input of a field path, so an error summary can focus it. */
export function documentFieldId(path: string): string {
  return `document-${path.replace(/\./g, '-')}`;
}

/** "1.2" for `items.0.children.1`: an item's place in the tree, counted from 1. */
export function itemPosition(path: string): string {
  return [...path.matchAll(/(?:items|children)\.(\d+)/g)].map((m) => Number(m[1]) + 1).join('.');
}

/**
 * A field path as the API names it in words: `diarienummer` → "Diarienummer",
 * `items.0.children.1.title` → "Punkt 1.2: Rubrik". Unknown paths are shown as they are.
 */
export function documentFieldLabel(t: TFunction, path: string): string {
  if (path.startsWith('items.')) {
    const field = path.split('.').at(-1) ?? '';
    const position = itemPosition(path);
    const label = /^\d+$/.test(field) ? '' : t(`documents.fields.item_${field}`, { defaultValue: field });
    const row = t('documents.items.position', { position });
    return label ? `${row}: ${label}` : row;
  }
  const row = /^responsibilities\.(\d+)\.(party|responsibility)$/.exec(path);
  if (row) return `${t('documents.responsibilityProposal.legend', { number: Number(row[1]) + 1 })}: ${t(`documents.responsibilities.${row[2]}`)}`;
  return t(`documents.fields.${path}`, { defaultValue: path });
}
