import { Fieldset, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentFieldId, itemPosition } from '../lib/field-label';
import { countItems, emptyItem, type DocumentForm, type ItemFormValues } from '../lib/form-values';
import { MAX_ITEM_DEPTH, MAX_ITEMS } from '../../../../shared/documents';
import { defaultChildKind, listDepth } from '../lib/item-rules';
import { demote, mergeWithNext, promote, splitAt, type TreeChange } from '../lib/item-tree-ops';
import { ItemListEditor, type ItemListOps } from './item-list-editor';

/** Focuses an element once React has drawn the change that created or moved it. */
function focusSoon(id: string, fallbackId?: string) {
  window.requestAnimationFrame(() => {
    const element = document.getElementById(id) as HTMLElement | null;
    const target = element && !(element as HTMLButtonElement).disabled ? element : fallbackId ? document.getElementById(fallbackId) : null;
    target?.focus();
  });
}

function listAt(items: ItemFormValues[], listPath: string): ItemFormValues[] {
  const steps = [...listPath.matchAll(/(?:items|children)\.(\d+)/g)].map((m) => Number(m[1]));
  let list = items;
  for (const step of steps) list = list[step]?.children ?? [];
  return list;
}

/**
 * The principles and goals of a document as an editable tree: add, remove, reorder and nest
 * (goals under focus areas). Every change is announced and focus lands where the work goes on.
 */
export function ItemTreeEditor({ form, restructure = false }: { form: DocumentForm; restructure?: boolean }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const apply = (change: TreeChange, message: string) => {
    form.setFieldValue('items', change.items);
    setAnnouncement(t(message, { position: itemPosition(change.path) }));
    focusSoon(documentFieldId(`${change.path}.title`));
  };
  const ops: ItemListOps = {
    add: (listPath, parentKind) => {
      const index = listAt(form.getValues().items, listPath).length;
      form.insertListItem(listPath, emptyItem(defaultChildKind(parentKind)));
      const path = `${listPath}.${index}`;
      setAnnouncement(t('documents.items.added', { position: itemPosition(path) }));
      focusSoon(documentFieldId(`${path}.title`));
    },
    remove: (listPath, index) => {
      const position = itemPosition(`${listPath}.${index}`);
      const remaining = listAt(form.getValues().items, listPath).length - 1;
      form.removeListItem(listPath, index);
      setAnnouncement(t('documents.items.removed', { position }));
      const next = Math.min(index, remaining - 1);
      focusSoon(next >= 0 ? documentFieldId(`${listPath}.${next}.title`) : `${documentFieldId(listPath)}-add`);
    },
    canAdd: (listPath) => listDepth(listPath) <= MAX_ITEM_DEPTH && countItems(form.values.items) < MAX_ITEMS,
    move: (listPath, from, to, direction) => {
      form.reorderListItem(listPath, { from, to });
      const path = `${listPath}.${to}`;
      setAnnouncement(t('documents.items.moved', { position: itemPosition(path) }));
      focusSoon(`${documentFieldId(path)}-${direction}`, documentFieldId(`${path}.title`));
    },
    restructure: restructure
      ? {
          promote: (listPath, index) => apply(promote(form.getValues().items, listPath, index), 'documents.restructure.promoted'),
          demote: (listPath, index) => apply(demote(form.getValues().items, listPath, index), 'documents.restructure.demoted'),
          merge: (listPath, index) => apply(mergeWithNext(form.getValues().items, listPath, index), 'documents.restructure.merged'),
          split: (listPath, index, at) => apply(splitAt(form.getValues().items, listPath, index, at), 'documents.restructure.splitDone'),
        }
      : undefined,
  };
  return (
    <Fieldset legend={t('documents.form.itemsSection')} id={documentFieldId('items')} tabIndex={-1}>
      <Text size="sm" mb="sm">
        {t('documents.form.itemsHint')}
      </Text>
      {typeof form.errors.items === 'string' && (
        <Text size="sm" c="#c92a2a" mb="sm">
          {form.errors.items}
        </Text>
      )}
      <ItemListEditor form={form} path="items" items={form.values.items} parentKind={null} ops={ops} />
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Fieldset>
  );
}
