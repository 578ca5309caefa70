import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { PageLoader } from '../../../kit/page-loader';
import { useApplicationHistory } from '../api/get-application-history';
import { HistoryEventCard } from './history-event-card';

/** Who changed what and when: the audit trail of one system, newest first as the server sends it. */
export function ApplicationHistoryTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useApplicationHistory(id);
  if (history.isPending) return <PageLoader />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Text>{t('applications.history.none')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('applications.history.timeZoneNote')}
      </Text>
      {history.data.map((event) => (
        <HistoryEventCard key={event.id} event={event} />
      ))}
    </Stack>
  );
}
