import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../../../shared/assignments';

// Dark shades: every text colour passes 4.5:1 on white; the word carries the meaning.
const COLORS: Record<AssignmentStatus, string> = {
  not_started: '#495057',
  in_progress: '#1c4f8a',
  done: '#0b6b4f',
  cancelled: '#495057',
};

/** The assignment's status, and "Försenat" beside it once the deadline has passed unfinished. */
export function AssignmentStatusBadge({ status, overdue }: { status: AssignmentStatus; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge variant="outline" color={COLORS[status]} tt="none">
        {t(`documents.assignments.status.${status}`)}
      </Badge>
      {overdue && (
        <Badge variant="outline" color="#a61e1e" tt="none">
          {t('documents.assignments.overdue')}
        </Badge>
      )}
    </Group>
  );
}
