import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatKronor, formatNumber } from '../../../kit/format';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useOverlaps } from '../api/get-overlaps';
import { OverlapGroupCard } from './overlap-group-card';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Several systems for one need (Lidköping's "overlapping functionality"), with the money at stake. */
export function OverlapsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.overlaps.title'));
  const overlaps = useOverlaps();
  const report = overlaps.data;

  return (
    <Stack gap="md">
      <Title order={1}>{t('applications.overlaps.title')}</Title>
      <Text>{t('applications.overlaps.intro')}</Text>
      {overlaps.isPending && <PageLoader />}
      {overlaps.isError && <ErrorAlert error={overlaps.error} />}
      {report && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Figure label={t('applications.overlaps.groups')} value={formatNumber(report.groups.length)} />
            <Figure label={t('applications.overlaps.totalAll')} value={formatKronor(report.totalYearlyCost)} />
            <Figure label={t('applications.overlaps.savingAll')} value={formatKronor(report.possibleSaving)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('applications.overlaps.savingExplained')}
          </Text>
          {report.groups.length === 0 && <Text>{t('applications.overlaps.none')}</Text>}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {report.groups.map((group) => (
              <OverlapGroupCard key={group.capabilityId} group={group} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
