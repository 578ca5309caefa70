import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ItemKind } from '../../../../shared/documents';
import type { DocumentFormValues, ItemFormValues } from './form-values';
import { countItems } from './form-values';
import { isKindAllowedUnder, MAX_ITEM_DEPTH, MAX_ITEMS } from './item-rules';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// The server's own check (rules.ts) is the authority; this one only saves a round trip.
const DIARIENUMMER = /^[A-ZÅÄÖ]{1,10}(?:[- ][A-ZÅÄÖ]{1,10})?[ /]?(?:19|20)\d{2}[/:.-]\d{1,6}(?:[-.:]\d{1,4}){0,2}$/;

export function isDiarienummer(value: string): boolean {
  return DIARIENUMMER.test(value.trim());
}

/** The same checks the server makes, by the same field paths, in the person's language. */
export function validateDocumentForm(t: TFunction, values: DocumentFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.title.trim()) errors.title = t('documents.validation.required');
  if (!values.typeId) errors.typeId = t('documents.validation.required');
  if (values.diarienummer.trim() && !isDiarienummer(values.diarienummer)) {
    errors.diarienummer = t('documents.validation.diarienummer');
  }
  for (const field of ['validFrom', 'validTo', 'nextRevisionOn'] as const) {
    if (values[field] && !ISO_DATE.test(values[field])) errors[field] = t('documents.validation.date');
  }
  if (values.validFrom && values.validTo && values.validTo < values.validFrom) {
    errors.validTo = t('documents.validation.validToBeforeFrom');
  }
  const walk = (items: ItemFormValues[], parent: ItemKind | null, path: string) =>
    items.forEach((item, index) => {
      const here = `${path}.${index}`;
      if (!item.title.trim()) errors[`${here}.title`] = t('documents.validation.required');
      if (!isKindAllowedUnder(item.kind, parent)) errors[`${here}.kind`] = t('documents.validation.kindNotAllowed');
      walk(item.children, item.kind, `${here}.children`);
    });
  walk(values.items, null, 'items');
  if (countItems(values.items) > MAX_ITEMS) errors.items = t('documents.validation.tooManyItems', { max: MAX_ITEMS });
  const depth = (items: ItemFormValues[]): number => (items.length ? 1 + Math.max(...items.map((i) => depth(i.children))) : 0);
  if (depth(values.items) > MAX_ITEM_DEPTH) errors.items = t('documents.validation.tooDeep', { max: MAX_ITEM_DEPTH });
  return errors;
}
