import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemChange, ItemState } from '../../../../shared/documents-versions';
import { DetailList, type DetailItem } from '../../../kit/detail-list';
import classes from './version-diff.module.css';

const label = (item: ItemState) => `${item.number ? `${item.number} ` : ''}${item.title}`;

/** Old and new side by side, struck through and marked: the words carry the meaning, not colour. */
function Replaced({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <>
      <del className={classes.inlineRemoved}>
        <VisuallyHidden>{t('documents.diff.removedStart')} </VisuallyHidden>
        {before || '–'}
      </del>
      <span aria-hidden="true"> → </span>
      <VisuallyHidden> {t('documents.diff.changedTo')} </VisuallyHidden>
      <ins className={classes.inlineAdded}>
        <VisuallyHidden>{t('documents.diff.addedStart')} </VisuallyHidden>
        {after || '–'}
      </ins>
    </>
  );
}

/** What changed in one item, field by field. */
function ChangedFields({ change }: { change: ItemChange }) {
  const { t } = useTranslation();
  const before = change.before!;
  const after = change.after!;
  const where = (item: ItemState) => (item.parentTitle ? t('documents.diff.under', { parent: item.parentTitle }) : t('documents.diff.topLevel'));
  const rows: DetailItem[] = change.fields.map((field) => {
    const name = t(`documents.diff.fields.${field}`);
    switch (field) {
      case 'kind':
        return { label: name, value: <Replaced before={t(`documents.kinds.${before.kind}`)} after={t(`documents.kinds.${after.kind}`)} /> };
      case 'number':
        return { label: name, value: <Replaced before={before.number} after={after.number} /> };
      case 'title':
        return { label: name, value: <Replaced before={before.title} after={after.title} /> };
      case 'parent':
        return { label: name, value: <Replaced before={where(before)} after={where(after)} /> };
      case 'position':
        return { label: name, value: <Replaced before={t('documents.diff.place', { position: before.position })} after={t('documents.diff.place', { position: after.position })} /> };
      case 'text':
        return {
          label: name,
          value: (
            <span className={classes.words}>
              {change.textParts.map((part, index) =>
                part.kind === 'same' ? (
                  <span key={index}>{part.text}</span>
                ) : part.kind === 'added' ? (
                  <ins key={index} className={classes.inlineAdded}>
                    <VisuallyHidden>{t('documents.diff.addedStart')} </VisuallyHidden>
                    {part.text}
                  </ins>
                ) : (
                  <del key={index} className={classes.inlineRemoved}>
                    <VisuallyHidden>{t('documents.diff.removedStart')} </VisuallyHidden>
                    {part.text}
                  </del>
                ),
              )}
            </span>
          ),
        };
    }
  });
  return <DetailList items={rows} cols={1} />;
}

/**
 * The principles, focus areas and goals added, removed or changed between two decided versions,
 * in the newer version's order. Each says in words what happened to it; a changed one lists the
 * fields that changed, its text word by word.
 */
export function VersionItemChanges({ changes }: { changes: ItemChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Text>{t('documents.diff.noItemChanges')}</Text>;
  return (
    <ul className={classes.changes}>
      {changes.map((change) => {
        const item = (change.after ?? change.before)!;
        const block = change.change === 'added' ? classes.addedBlock : change.change === 'removed' ? classes.removedBlock : classes.changedBlock;
        return (
          <li key={`${change.change}-${change.id}`} className={block}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <span className={classes.marker}>
                <span aria-hidden="true">{change.change === 'added' ? '+ ' : change.change === 'removed' ? '− ' : '~ '}</span>
                {t(`documents.diff.itemChange.${change.change}`)}
              </span>
              <Badge variant="default" tt="none" style={{ flexShrink: 0 }}>
                {t(`documents.kinds.${item.kind}`)}
              </Badge>
              <Text fw={600} td={change.change === 'removed' ? 'line-through' : undefined}>
                {label(item)}
              </Text>
            </Group>
            {change.change !== 'changed' && item.parentTitle && (
              <Text size="sm">{t('documents.diff.under', { parent: item.parentTitle })}</Text>
            )}
            {change.change === 'added' && item.text && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                {item.text}
              </Text>
            )}
            {change.change === 'changed' && <ChangedFields change={change} />}
          </li>
        );
      })}
    </ul>
  );
}
