import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/documents';
import { documentFieldId, itemPosition } from '../lib/field-label';
import type { DocumentForm, ItemFormValues } from '../lib/form-values';
import { canHaveChildren } from '../lib/item-rules';
import { ItemEditor } from './item-editor';

/** What the tree editor does to a list; it also moves focus and says what happened. */
export interface ItemListOps {
  add: (listPath: string, parentKind: ItemKind | null) => void;
  remove: (listPath: string, index: number) => void;
  move: (listPath: string, from: number, to: number, direction: 'up' | 'down') => void;
  /** Whether one more item fits: the document's total and the nesting depth are bounded. */
  canAdd: (listPath: string) => boolean;
}

interface ItemListEditorProps {
  form: DocumentForm;
  /** `items` or `items.0.children`. */
  path: string;
  items: ItemFormValues[];
  parentKind: ItemKind | null;
  ops: ItemListOps;
}

// The API takes at most 200 items at the top and 100 under any one item.
const MAX_TOP = 200;
const MAX_CHILDREN = 100;

export function ItemListEditor({ form, path, items, parentKind, ops }: ItemListEditorProps) {
  const { t } = useTranslation();
  const max = parentKind === null ? MAX_TOP : MAX_CHILDREN;
  const parentPosition = itemPosition(path);
  return (
    <Stack gap="xs" pl={parentKind ? 'md' : 0}>
      {items.map((item, index) => (
        <ItemEditor
          key={item.key}
          form={form}
          path={`${path}.${index}`}
          item={item}
          index={index}
          count={items.length}
          parentKind={parentKind}
          ops={ops}
        />
      ))}
      {(parentKind === null || canHaveChildren(parentKind)) && (
        <div>
          <Button
            id={`${documentFieldId(path)}-add`}
            size="compact-sm"
            variant="light"
            disabled={items.length >= max || !ops.canAdd(path)}
            onClick={() => ops.add(path, parentKind)}
          >
            {parentKind === null ? t('documents.items.add') : t('documents.items.addChild', { position: parentPosition })}
          </Button>
        </div>
      )}
    </Stack>
  );
}
