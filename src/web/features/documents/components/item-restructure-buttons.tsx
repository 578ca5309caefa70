import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentFieldId, itemPosition } from '../lib/field-label';
import type { ItemFormValues } from '../lib/form-values';
import { canHaveChildren } from '../lib/item-rules';
import { canPromote, paragraphsOf } from '../lib/item-tree-ops';

/** What the import's review does to the tree besides moving and removing (issue 13, item 2). */
export interface RestructureOps {
  promote: (listPath: string, index: number) => void;
  demote: (listPath: string, index: number) => void;
  merge: (listPath: string, index: number) => void;
  split: (listPath: string, index: number, at: number) => void;
}

interface Props {
  path: string;
  listPath: string;
  index: number;
  /** The item above in the same list, which a demoted item goes under; undefined for the first. */
  above: ItemFormValues | undefined;
  hasNext: boolean;
  item: ItemFormValues;
  ops: RestructureOps;
}

/**
 * Promote, demote, merge with the next item and split at a paragraph: buttons named by the item's
 * place (sv/en), so they work from the keyboard and with a screen reader, and wrap on a phone.
 */
export function ItemRestructureButtons({ path, listPath, index, above, hasNext, item, ops }: Props) {
  const { t } = useTranslation();
  const position = itemPosition(path);
  const paragraphs = paragraphsOf(item.text);
  const [at, setAt] = useState('0');
  const id = documentFieldId(path);
  return (
    <Group gap="xs" align="flex-end">
      <Button id={`${id}-promote`} size="compact-sm" variant="default" disabled={!canPromote(listPath)} aria-label={t('documents.restructure.promote', { position })} onClick={() => ops.promote(listPath, index)}>
        {t('documents.restructure.promoteShort')}
      </Button>
      <Button
        id={`${id}-demote`}
        size="compact-sm"
        variant="default"
        disabled={!above || !canHaveChildren(above.kind)}
        aria-label={t('documents.restructure.demote', { position })}
        onClick={() => ops.demote(listPath, index)}
      >
        {t('documents.restructure.demoteShort')}
      </Button>
      <Button id={`${id}-merge`} size="compact-sm" variant="default" disabled={!hasNext} aria-label={t('documents.restructure.merge', { position })} onClick={() => ops.merge(listPath, index)}>
        {t('documents.restructure.mergeShort')}
      </Button>
      {paragraphs.length > 0 && (
        <Group gap={4} align="flex-end" wrap="nowrap">
          <NativeSelect
            id={`${id}-split-at`}
            size="xs"
            label={t('documents.restructure.splitAt', { position })}
            value={at}
            onChange={(event) => setAt(event.currentTarget.value)}
            data={paragraphs.map((p, i) => ({ value: String(i), label: t('documents.restructure.paragraph', { number: i + 1, start: p.slice(0, 40) }) }))}
          />
          <Button id={`${id}-split`} size="compact-sm" variant="default" aria-label={t('documents.restructure.split', { position })} onClick={() => ops.split(listPath, index, Number(at))}>
            {t('documents.restructure.splitShort')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
