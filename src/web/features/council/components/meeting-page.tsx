import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useMeeting } from '../api/get-meeting';
import { minutesUrls } from '../api/minutes-urls';
import { AddItemForm } from './add-item-form';
import { AgendaItem } from './agenda-item';
import { DecideDialog } from './decide-dialog';
import { ParticipantsSection } from './participants-form';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';

const route = getRouteApi('/_authed/itrad/$id');

export function MeetingPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { projekt } = route.useSearch();
  const query = useMeeting(id);
  const meeting = query.data;
  const [deciding, setDeciding] = useState<string | null>(null);
  const title = meeting ? t('council.meeting.title', { body: meeting.body, date: formatDate(meeting.meetingDate) }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!meeting) {
    return (
      <Stack>
        <Title order={1}>{t('council.meeting.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const item = meeting.items.find((i) => i.id === deciding);
  const minutes = minutesUrls(id);
  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap="xs">
        <AnchorLink to="/itrad" size="sm">
          {t('council.meeting.back')}
        </AnchorLink>
        <Title order={1}>{title}</Title>
        {meeting.location && <Text>{meeting.location}</Text>}
        <Group gap="md">
          <Anchor href={minutes.docx} download>
            {t('council.meeting.minutesWord')}
          </Anchor>
          <Anchor href={minutes.pdf} download>
            {t('council.meeting.minutesPdf')}
          </Anchor>
        </Group>
      </Stack>
      <ParticipantsSection meeting={meeting} onReload={() => void query.refetch()} />
      <section aria-labelledby="meeting-agenda">
        <Title order={2} size="h3" id="meeting-agenda" mb="sm">
          {t('council.meeting.agenda')}
        </Title>
        {meeting.items.length === 0 ? (
          <Text>{t('council.meeting.noItems')}</Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} style={{ listStyle: 'none' }}>
            {meeting.items.map((i) => (
              <AgendaItem key={i.id} item={i} canDecide={meeting.allowedManage} onDecide={() => setDeciding(i.id)} />
            ))}
          </Stack>
        )}
      </section>
      {meeting.allowedManage && <AddItemForm meetingId={id} projectId={projekt} />}
      {item && (
        <DecideDialog item={item} meetingDate={meeting.meetingDate} onClose={() => setDeciding(null)} onReload={() => void query.refetch()} />
      )}
      <HistorySection type="council_meeting" id={id} />
      <ArchiveRecordButton type="council_meeting" id={id} name={title!} rowVersion={meeting.rowVersion} listPath="/itrad" />
    </Stack>
  );
}
