import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../shared/goals';
import { DetailList } from '../../../kit/detail-list';
import { formatDate } from '../../../kit/format';
import { formatKpiValue } from '../lib/format-value';

/** What the KPI is: its definition, unit, direction, source, owner, baseline and targets. */
export function KpiOverview({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const targets = [...kpi.targets].sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  return (
    <DetailList
      items={[
        { label: t('goals.fields.definition'), value: kpi.definition },
        { label: t('goals.fields.unit'), value: t(`goals.units.${kpi.unit}`) },
        { label: t('goals.fields.direction'), value: t(`goals.directions.${kpi.direction}`) },
        { label: t('goals.fields.source'), value: t(`goals.sources.${kpi.source}`) },
        { label: t('goals.fields.ownerId'), value: kpi.ownerName ?? t('goals.noOwner') },
        {
          label: t('goals.fields.baseline'),
          value:
            kpi.baselineValue === null
              ? t('goals.kpi.noBaseline')
              : t('goals.followUp.valueOn', { value: formatKpiValue(t, kpi.baselineValue, kpi.unit), date: formatDate(kpi.baselineDate) }),
        },
        {
          label: t('goals.fields.targets'),
          value: (
            <List size="sm" spacing={2} component="ul">
              {targets.map((target) => (
                <List.Item key={target.targetDate}>
                  {t('goals.followUp.valueBy', { value: formatKpiValue(t, target.value, kpi.unit), date: formatDate(target.targetDate) })}
                </List.Item>
              ))}
            </List>
          ),
        },
      ]}
    />
  );
}
