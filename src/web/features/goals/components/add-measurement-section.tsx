import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../shared/goals';
import { formatDate } from '../../../kit/format';
import { useAddMeasurement } from '../api/add-measurement';
import { MeasurementForm } from './measurement-form';

/** The next period's value; the form starts again empty after each save, and the new status is read out. */
export function AddMeasurementSection({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const add = useAddMeasurement(kpi.id);
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState('');
  // The form is drawn afresh after a save: keep the person's place in it for the next period.
  useEffect(() => {
    if (round > 0) document.getElementById('new-measurement-periodEnd')?.focus();
  }, [round]);
  return (
    <>
      <MeasurementForm
        key={round}
        idPrefix="new-measurement"
        initialValues={{ periodEnd: '', value: '', comment: '' }}
        submitLabel={t('goals.measurements.add')}
        submitting={add.isPending}
        error={add.error}
        onSubmit={(input) =>
          add.mutate(input, {
            onSuccess: (updated) => {
              setSaved(t('goals.measurements.added', { date: formatDate(input.periodEnd), status: t(`goals.status.${updated.evaluation.status}`) }));
              setRound((n) => n + 1);
              add.reset();
            },
          })
        }
      />
      {/* A status region: the new status is read out after a save, without moving focus. */}
      <Text role="status" mt="xs" fw={600}>
        {saved}
      </Text>
    </>
  );
}
