import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../shared/goals';
import { formatDate } from '../../../kit/format';
import { formatKpiValue } from '../lib/format-value';
import { KpiStatusBadge } from './kpi-status-badge';

/** The status the server derived, said in a sentence: latest value, where the path stands, the target. */
export function KpiStatusSummary({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const { status, latest, target, expected } = kpi.evaluation;
  const value = (n: number | null | undefined) => formatKpiValue(t, n, kpi.unit);
  const sentences = [
    latest ? t('goals.kpi.latest', { value: value(latest.value), date: formatDate(latest.periodEnd) }) : t('goals.kpi.noLatest'),
    expected !== null && status !== 'met' && status !== 'missed'
      ? t(kpi.direction === 'higher' ? 'goals.kpi.expectedHigher' : 'goals.kpi.expectedLower', { value: value(expected) })
      : '',
    target ? t('goals.kpi.target', { value: value(target.value), date: formatDate(target.targetDate) }) : t('goals.kpi.noTarget'),
  ].filter(Boolean);
  return (
    <Alert variant="outline" color="#495057" title={
      <Group gap="xs">
        <span>{t('goals.kpi.statusTitle')}</span>
        <KpiStatusBadge status={status} size="lg" />
      </Group>
    }>
      <Text size="sm">{sentences.join(' ')}</Text>
      <Text size="sm" mt={4} c="dimmed">
        {t('goals.kpi.derived')}
      </Text>
    </Alert>
  );
}
