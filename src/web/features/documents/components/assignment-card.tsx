import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../../shared/assignments';
import { formatDate } from '../../../kit/format';
import { HistoryTab } from '../../../kit/history/history-tab';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { AssignmentStatusBadge } from './assignment-status-badge';
import { AssignmentEditDialog } from './assignment-edit-dialog';
import { AssignmentStatusDialog } from './assignment-status-dialog';

const FIELDS = ['itemId', 'title', 'description', 'ownerId', 'dueOn', 'status', 'statusComment'];

/** One assignment: what, from which item, whose, by when, how it stands; its status set and its history shown here. */
export function AssignmentCard({ assignment, showDocument, onReload }: { assignment: Assignment; showDocument: boolean; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [historyOpen, setHistoryOpen] = useState(false);
  const panelId = useId();
  const a = assignment;
  return (
    <Card withBorder component="li" padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Text fw={600} component="h3" m={0} fz="md">
            {a.title}
          </Text>
          <AssignmentStatusBadge status={a.status} overdue={a.overdue} />
        </Group>
        {showDocument && (
          <Text size="sm">
            <AnchorLink to="/styrdokument/$id" params={{ id: a.documentId }}>
              {a.documentTitle}
            </AnchorLink>
          </Text>
        )}
        <Text size="sm">{t('documents.assignments.summary', { item: a.itemTitle, owner: a.ownerName, due: formatDate(a.dueOn) })}</Text>
        {a.description && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{a.description}</Text>}
        {a.statusComment && <Text size="sm">{t('documents.assignments.commentShown', { comment: a.statusComment })}</Text>}
        <Group gap="xs">
          {a.allowed.update && <AssignmentEditDialog assignment={a} onReload={onReload} />}
          {a.allowed.setStatus && <AssignmentStatusDialog assignment={a} onReload={onReload} />}
          <Button size="xs" variant="default" aria-expanded={historyOpen} aria-controls={panelId} onClick={() => setHistoryOpen((o) => !o)}>
            {historyOpen ? t('documents.assignments.hideHistory') : t('documents.assignments.showHistory')}
          </Button>
        </Group>
        <div id={panelId}>
          {historyOpen && (
            <HistoryTab
              type="assignment"
              id={a.id}
              headingOrder={4}
              fieldLabel={(field) => (FIELDS.includes(field) ? t(`documents.assignments.fields.${field}`) : field)}
              formatValue={(field, value) => (field === 'status' && typeof value === 'string' ? t(`documents.assignments.status.${value}`) : undefined)}
            />
          )}
        </div>
      </Stack>
    </Card>
  );
}
