import { Button, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../shared/goals';
import { formatDate } from '../../../kit/format';
import { notifySuccess } from '../../../kit/notify';
import { useCorrectMeasurement } from '../api/correct-measurement';
import { MeasurementForm } from './measurement-form';

interface CorrectMeasurementDialogProps {
  kpiId: string;
  measurement: Kpi['measurements'][number];
  onReload: () => Promise<unknown>;
}

/** "Rätta": changes a period's value (checked against the measurement's own row version). */
export function CorrectMeasurementDialog({ kpiId, measurement, onReload }: CorrectMeasurementDialogProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const correct = useCorrectMeasurement(kpiId);
  const date = formatDate(measurement.periodEnd);
  const close = () => {
    setOpened(false);
    correct.reset();
  };
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpened(true)} aria-label={t('goals.measurements.correctLabel', { date })}>
        {t('goals.measurements.correct')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('goals.measurements.correctTitle', { date })} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg" centered>
        <Text size="sm" mb="sm">
          {t('goals.measurements.correctBody')}
        </Text>
        <MeasurementForm
          key={measurement.rowVersion}
          idPrefix={`correct-${measurement.id}`}
          initialValues={{ periodEnd: measurement.periodEnd, value: measurement.value, comment: measurement.comment }}
          submitLabel={t('goals.measurements.saveCorrection')}
          submitting={correct.isPending}
          error={correct.error}
          onCancel={close}
          onReloadLatest={() => void onReload().then(close)}
          onSubmit={(input) =>
            correct.mutate(
              { measurementId: measurement.id, rowVersion: measurement.rowVersion, input },
              {
                onSuccess: (updated) => {
                  setOpened(false);
                  notifySuccess(t('goals.measurements.corrected', { date: formatDate(input.periodEnd), status: t(`goals.status.${updated.evaluation.status}`) }));
                },
              },
            )
          }
        />
      </Modal>
    </>
  );
}
