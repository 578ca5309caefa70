import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/documents';
import { documentFieldId, itemPosition } from '../lib/field-label';
import type { DocumentForm, ItemFormValues } from '../lib/form-values';
import { kindsAllowedUnder } from '../../../../shared/document-rules';
import { canHaveChildren } from '../lib/item-rules';
import { reasonText } from '../lib/reason-text';
import { ItemRestructureButtons, type RestructureOps } from './item-restructure-buttons';
import { AssignmentProposalEditor } from './assignment-proposal-editor';
import { KpiProposalEditor } from './kpi-proposal-editor';

/** What the tree editor does to a list; it also moves focus and says what happened. */
export interface ItemListOps {
  add: (listPath: string, parentKind: ItemKind | null) => void;
  remove: (listPath: string, index: number) => void;
  move: (listPath: string, from: number, to: number, direction: 'up' | 'down') => void;
  /** Whether one more item fits: the document's total and the nesting depth are bounded. */
  canAdd: (listPath: string) => boolean;
  /** In an import's review: promote, demote, merge and split too. */
  restructure?: RestructureOps;
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

/**
 * A list of items and, under each, its own list: the two components call each other, so they
 * share this module (a module cycle would make the load order matter).
 */
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
          above={items[index - 1]}
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

interface ItemEditorProps {
  form: DocumentForm;
  /** The item's path in the form, e.g. `items.0.children.1`. */
  path: string;
  item: ItemFormValues;
  index: number;
  count: number;
  above: ItemFormValues | undefined;
  parentKind: ItemKind | null;
  ops: ItemListOps;
}

/**
 * One principle, vision, focus area or goal: its own fieldset (so every input is named by its
 * place), with buttons to move it, nest under it and remove it. Moves are buttons, not drag and
 * drop, so they work from the keyboard and with a screen reader.
 */
function ItemEditor({ form, path, item, index, count, above, parentKind, ops }: ItemEditorProps) {
  const { t } = useTranslation();
  const position = itemPosition(path);
  const kind = t(`documents.kinds.${item.kind}`);
  const named = (key: string) => t(key, { position });
  const kinds = kindsAllowedUnder(parentKind);
  // A kind the parent no longer allows stays visible so the error next to it makes sense.
  const options = kinds.includes(item.kind) ? kinds : [item.kind, ...kinds];
  const listPath = path.slice(0, path.lastIndexOf('.'));

  return (
    <Fieldset legend={t('documents.items.legend', { position, kind })} variant={parentKind ? 'filled' : 'default'} p="sm">
      <Stack gap="xs">
        {item.reason && (
          <Text size="sm" id={`${documentFieldId(path)}-reason`}>
            {t('documents.restructure.reason', { reason: reasonText(t, item.reason) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect
            id={documentFieldId(`${path}.kind`)}
            label={t('documents.fields.item_kind')}
            data={options.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
            {...form.getInputProps(`${path}.kind`)}
          />
          <TextInput
            id={documentFieldId(`${path}.number`)}
            label={t('documents.fields.item_number')}
            description={t('documents.form.numberHint')}
            maxLength={30}
            {...form.getInputProps(`${path}.number`)}
          />
        </SimpleGrid>
        <TextInput
          id={documentFieldId(`${path}.title`)}
          label={t('documents.fields.item_title')}
          required
          maxLength={500}
          {...form.getInputProps(`${path}.title`)}
        />
        <Textarea
          id={documentFieldId(`${path}.text`)}
          label={t('documents.fields.item_text')}
          autosize
          minRows={1}
          maxRows={8}
          maxLength={10_000}
          {...form.getInputProps(`${path}.text`)}
        />
        <Group gap="xs">
          <Button
            id={`${documentFieldId(path)}-up`}
            size="compact-sm"
            variant="default"
            disabled={index === 0}
            aria-label={named('documents.items.moveUp')}
            onClick={() => ops.move(listPath, index, index - 1, 'up')}
          >
            {t('documents.items.moveUpShort')}
          </Button>
          <Button
            id={`${documentFieldId(path)}-down`}
            size="compact-sm"
            variant="default"
            disabled={index >= count - 1}
            aria-label={named('documents.items.moveDown')}
            onClick={() => ops.move(listPath, index, index + 1, 'down')}
          >
            {t('documents.items.moveDownShort')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="#b02525"
            aria-label={named('documents.items.remove')}
            onClick={() => ops.remove(listPath, index)}
          >
            {t('documents.items.removeShort')}
          </Button>
        </Group>
        {ops.restructure && (
          <ItemRestructureButtons path={path} listPath={listPath} index={index} above={above} hasNext={index < count - 1} item={item} ops={ops.restructure} />
        )}
        {item.kpis && item.kpis.length > 0 && <KpiProposalEditor form={form} path={path} kpis={item.kpis} position={position} />}
        {item.assignments && item.assignments.length > 0 && <AssignmentProposalEditor form={form} path={path} assignments={item.assignments} position={position} />}
        {((canHaveChildren(item.kind) && ops.canAdd(`${path}.children`)) || item.children.length > 0) && (
          <ItemListEditor form={form} path={`${path}.children`} items={item.children} parentKind={item.kind} ops={ops} />
        )}
      </Stack>
    </Fieldset>
  );
}
