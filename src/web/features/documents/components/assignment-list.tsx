import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../../shared/assignments';
import { AssignmentCard } from './assignment-card';

/** Assignments by deadline, as cards that fit a phone as well as a wide screen. */
export function AssignmentList({ items, showDocument, onReload, label }: { items: Assignment[]; showDocument: boolean; onReload: () => Promise<unknown>; label: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('documents.assignments.none')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={label} style={{ listStyle: 'none' }}>
      {items.map((a) => (
        <AssignmentCard key={a.id} assignment={a} showDocument={showDocument} onReload={onReload} />
      ))}
    </Stack>
  );
}
