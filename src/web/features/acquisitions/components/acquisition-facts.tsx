import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { formatDate, formatKronor } from '../../../kit/format';
import type { AcquisitionDetail } from '../api/types';
import { formatDay } from '../lib/format-day';

/** The need as reported: the department's words, its capabilities, value and dates. */
export function AcquisitionFacts({ acquisition }: { acquisition: AcquisitionDetail }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`acquisitions.fields.${key}`);
  const threshold =
    acquisition.aboveThreshold === null ? t('acquisitions.detail.noThreshold') : acquisition.aboveThreshold ? t('common.yes') : t('common.no');
  return (
    <section aria-labelledby="acquisition-facts">
      <Stack gap="sm">
        <Title order={2} size="h3" id="acquisition-facts">
          {t('acquisitions.detail.facts')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} maw={800}>
          {acquisition.needText}
        </Text>
        <DetailList
          cols={3}
          items={[
            { label: f('departmentId'), value: acquisition.departmentName },
            { label: f('estimatedValue'), value: formatKronor(acquisition.estimatedValue) },
            { label: f('neededBy'), value: formatDate(acquisition.neededBy) },
            {
              label: f('reportedOn'),
              value: t('acquisitions.detail.reportedBy', {
                date: formatDay(acquisition.reportedOn),
                name: acquisition.reportedByName ?? t('acquisitions.route.unknownPerson'),
              }),
            },
            { label: f('procurementPlannedOn'), value: formatDate(acquisition.procurementPlannedOn) },
            { label: f('procurementStartedOn'), value: formatDate(acquisition.procurementStartedOn) },
            { label: f('routedOn'), value: t(`acquisitions.detail.routedOn.${acquisition.routedOn.basis}`, { date: formatDay(acquisition.routedOn.date) }) },
            { label: f('aboveThreshold'), value: threshold },
            {
              label: f('capabilityIds'),
              value: (
                <List size="sm" spacing={2}>
                  {acquisition.capabilities.map((c) => (
                    <List.Item key={c.id}>
                      {c.code} {c.name}
                    </List.Item>
                  ))}
                </List>
              ),
            },
          ]}
        />
      </Stack>
    </section>
  );
}
