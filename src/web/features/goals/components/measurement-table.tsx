import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../shared/goals';
import { formatDate } from '../../../kit/format';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { formatKpiValue } from '../lib/format-value';
import { CorrectMeasurementDialog } from './correct-measurement-dialog';

/**
 * Every measurement, newest first, with who entered it; each can be corrected by those who measure
 * and archived by an admin (a value entered for the wrong KPI, say), restorable from the archive.
 */
export function MeasurementTable({ kpi, onReload }: { kpi: Kpi; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  // A KPI fed by the e-services register has computed values: nothing to correct or archive.
  const computed = kpi.source === 'eservices_introduced' || kpi.source === 'eservices_digital_share';
  const archive = !computed && hasPermission(useSession(), 'organisation.manage');
  const actions = kpi.allowed.measure || archive;
  const rows = [...kpi.measurements].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
  if (rows.length === 0) return <Text>{t('goals.measurements.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="sm" c="dimmed">
            {t('goals.measurements.caption', { count: rows.length })}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('goals.fields.periodEnd')}</Table.Th>
            <Table.Th scope="col">{t('goals.fields.value')}</Table.Th>
            <Table.Th scope="col">{t('goals.fields.comment')}</Table.Th>
            <Table.Th scope="col">{t('goals.measurements.enteredBy')}</Table.Th>
            {actions && <Table.Th scope="col">{t('goals.measurements.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(m.periodEnd)}
              </Table.Th>
              <Table.Td>{formatKpiValue(t, m.value, kpi.unit)}</Table.Td>
              <Table.Td>{m.comment || '–'}</Table.Td>
              <Table.Td>{m.enteredByName ?? '–'}</Table.Td>
              {actions && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {kpi.allowed.measure && <CorrectMeasurementDialog kpiId={kpi.id} measurement={m} onReload={onReload} />}
                    <ArchiveRecordButton type="kpi_measurement" id={m.id} name={`${kpi.name} ${formatDate(m.periodEnd)}`} rowVersion={m.rowVersion} compact />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
