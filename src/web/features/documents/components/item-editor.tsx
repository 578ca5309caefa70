import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/documents';
import { documentFieldId, itemPosition } from '../lib/field-label';
import type { DocumentForm, ItemFormValues } from '../lib/form-values';
import { canHaveChildren, kindsAllowedUnder } from '../lib/item-rules';
import { ItemListEditor, type ItemListOps } from './item-list-editor';

interface ItemEditorProps {
  form: DocumentForm;
  /** The item's path in the form, e.g. `items.0.children.1`. */
  path: string;
  item: ItemFormValues;
  index: number;
  count: number;
  parentKind: ItemKind | null;
  ops: ItemListOps;
}

/**
 * One principle, vision, focus area or goal: its own fieldset (so every input is named by its
 * place), with buttons to move it, nest under it and remove it. Moves are buttons, not drag and
 * drop, so they work from the keyboard and with a screen reader.
 */
export function ItemEditor({ form, path, item, index, count, parentKind, ops }: ItemEditorProps) {
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
        {((canHaveChildren(item.kind) && ops.canAdd(`${path}.children`)) || item.children.length > 0) && (
          <ItemListEditor form={form} path={`${path}.children`} items={item.children} parentKind={item.kind} ops={ops} />
        )}
      </Stack>
    </Fieldset>
  );
}
