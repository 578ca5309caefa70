import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { AnchorLink } from '../../../kit/links/anchor-link';
import type { CouncilItem } from '../api/types';
import { DecisionBadge } from './decision-badge';

interface AgendaItemProps {
  item: CouncilItem;
  canDecide: boolean;
  onDecide: () => void;
}

/** One § of the agenda: what it concerns, its background and the decision, if taken. */
export function AgendaItem({ item, canDecide, onDecide }: AgendaItemProps) {
  const { t } = useTranslation();
  const m = (key: string) => t(`council.meeting.${key}`);
  return (
    <Card withBorder component="li" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4">
            § {item.number} {item.title}
          </Title>
          <Group gap="xs">
            <DecisionBadge decision={item.decision} />
            <ArchiveRecordButton type="council_item" id={item.id} name={`§ ${item.number} ${item.title}`} rowVersion={item.rowVersion} compact />
          </Group>
        </Group>
        <Text size="sm">
          {m('subject')}: {t(`council.subjectKinds.${item.subjectKind}`)}
          {item.subjectKind === 'project' && item.subjectId && (
            <>
              {' – '}
              <AnchorLink to="/portfolj/$id" params={{ id: item.subjectId }}>
                {item.subjectTitle ?? item.title}
              </AnchorLink>
            </>
          )}
          {/* Read as text: the acquisition kind joins the shared list with the acquisitions module. */}
          {(item.subjectKind as string) === 'acquisition' && item.subjectId && (
            <>
              {' – '}
              <AnchorLink to="/anskaffning/$id" params={{ id: item.subjectId }}>
                {item.subjectTitle ?? item.title}
              </AnchorLink>
            </>
          )}
        </Text>
        {item.background && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {m('background')}: {item.background}
          </Text>
        )}
        {item.decision && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {m('decision')} {formatDate(item.decidedOn)}
            {item.diarienummer ? ` (${item.diarienummer})` : ''}: {item.decisionText}
          </Text>
        )}
        {!item.decision && canDecide && (
          <Button variant="filled" size="sm" onClick={onDecide} style={{ alignSelf: 'flex-start' }}>
            {t('council.meeting.decide', { number: item.number })}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
