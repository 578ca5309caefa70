import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverlapGroup } from '../../../../shared/applications';
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

/**
 * Several systems for one need (Lidköping's "overlapping functionality"), with the money at stake:
 * each system's cost counted once, unknown costs said, and the groups the municipality has judged
 * (intended, or under migration) shown apart and left out of the possible saving.
 */
export function OverlapsPage() {
  const { t } = useTranslation();
  const o = (key: string, options?: Record<string, unknown>) => t(`applications.overlaps.${key}`, options ?? {});
  useDocumentTitle(o('title'));
  const overlaps = useOverlaps();
  const report = overlaps.data;
  const reload = () => void overlaps.refetch();
  const cards = (groups: OverlapGroup[], headingLevel: 2 | 3) => (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {groups.map((group) => (
        <OverlapGroupCard
          key={group.capabilityId}
          group={group}
          headingLevel={headingLevel}
          allowedMark={report!.allowedMark}
          onReload={reload}
          reloading={overlaps.isFetching}
        />
      ))}
    </SimpleGrid>
  );
  const bound = (value: number) => (report && report.unknownCostSystems > 0 ? o('atLeast', { amount: formatKronor(value) }) : formatKronor(value));

  return (
    <Stack gap="md">
      <Title order={1}>{o('title')}</Title>
      <Text>{o('intro')}</Text>
      {overlaps.isPending && <PageLoader />}
      {overlaps.isError && <ErrorAlert error={overlaps.error} />}
      {report && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Figure label={o('groups')} value={formatNumber(report.groups.length)} />
            <Figure label={o('totalAll')} value={bound(report.totalYearlyCost)} />
            <Figure label={o('savingAll')} value={bound(report.possibleSaving)} />
          </SimpleGrid>
          {report.unknownCostSystems > 0 && <Text fw={700}>{o('unknownAll', { count: report.unknownCostSystems, formatted: formatNumber(report.unknownCostSystems) })}</Text>}
          <Text size="sm">{o('costSplitExplained')}</Text>
          <Text size="sm">{o('savingExplained')}</Text>
          {report.groups.length === 0 && <Text>{o('none')}</Text>}
          {cards(report.groups, 2)}
          {report.markedGroups.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="overlaps-marked">
              <Title order={2} id="overlaps-marked">
                {o('marked.title', { count: report.markedGroups.length, formatted: formatNumber(report.markedGroups.length) })}
              </Title>
              <Text size="sm">{o('marked.intro')}</Text>
              {cards(report.markedGroups, 3)}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
