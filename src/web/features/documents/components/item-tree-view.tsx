import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/documents';
import classes from './tree-list.module.css';

/** A document's principles, focus areas and goals as nested lists: the structure is read out too. */
export function ItemTreeView({ items, label }: { items: Item[]; label?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className={classes.tree} aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={classes.node}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Badge variant="default" tt="none" style={{ flexShrink: 0 }}>
              {t(`documents.kinds.${item.kind}`)}
            </Badge>
            <Text fw={600}>
              {item.number ? `${item.number} ` : ''}
              {item.title}
            </Text>
          </Group>
          {item.text && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
              {item.text}
            </Text>
          )}
          <ItemTreeView items={item.children} />
        </li>
      ))}
    </ul>
  );
}
