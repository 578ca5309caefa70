import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/goals';
import { formatNumber } from '../../../kit/format';
import { statusValues } from '../lib/enums';
import { KpiStatusBadge } from './kpi-status-badge';

/** How many goals are in each status, worst first: the one line a council member reads first. */
export function FollowUpCounts({ counts }: { counts: FollowUp['counts'] }) {
  const { t } = useTranslation();
  const total = statusValues.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  return (
    <section aria-labelledby="follow-up-counts">
      <Title order={2} size="h3" id="follow-up-counts" mb="xs">
        {t('goals.followUp.countsTitle', { count: total })}
      </Title>
      <SimpleGrid component="ul" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {statusValues.map((status) => (
          <Paper component="li" key={status} withBorder p="sm">
            <Text fz={28} fw={700} lh={1.1}>
              {formatNumber(counts[status] ?? 0)}
            </Text>
            <KpiStatusBadge status={status} />
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
