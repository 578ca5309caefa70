import { Button, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiInput } from '../../../../shared/goals';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { usePeople } from '../../../kit/organisation/use-people';
import { directionValues, sourceValues, unitValues } from '../lib/enums';
import type { GoalGroup } from '../lib/goal-options';
import { kpiFieldId as fieldId, kpiFieldLabel, toKpiInput, type KpiFormValues } from '../lib/kpi-form-values';
import { validateKpi } from '../lib/kpi.validation';
import { KpiTargetsFieldset } from './kpi-targets-fieldset';

interface KpiFormProps {
  initialValues: KpiFormValues;
  goals: GoalGroup[];
  onSubmit: (input: KpiInput) => void;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onReloadLatest?: () => void;
}

/** A KPI: which goal it follows up, its precise definition, unit, direction, baseline and targets. */
export function KpiForm(props: KpiFormProps) {
  const { t } = useTranslation();
  const people = usePeople().data ?? [];
  const [attempt, setAttempt] = useState(0);
  const form = useForm<KpiFormValues>({ initialValues: props.initialValues, validate: (values) => validateKpi(values, currentLanguage()) });
  useServerFieldErrors(props.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isApiError(props.error) && props.error.status === 412;
  const submit = form.onSubmit(
    (values) => props.onSubmit(toKpiInput(values)),
    () => setAttempt((n) => n + 1),
  );
  const choose = { value: '', label: t('goals.form.choose') };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && props.onReloadLatest && <ConflictAlert onReload={props.onReloadLatest} message={t('goals.conflict')} />}
        {attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => kpiFieldLabel(t, path)} fieldId={fieldId} />}
        {isOtherError(props.error) && <ErrorAlert error={props.error} />}
        <Fieldset legend={t('goals.form.basicsSection')}>
          <Stack gap="sm">
            <NativeSelect id={fieldId('goalId')} label={t('goals.fields.goalId')} required data={[choose, ...props.goals]} {...form.getInputProps('goalId')} />
            <TextInput id={fieldId('name')} label={t('goals.fields.name')} required maxLength={200} {...form.getInputProps('name')} />
            <Textarea
              id={fieldId('definition')}
              label={t('goals.fields.definition')}
              description={t('goals.form.definitionHint')}
              required
              autosize
              minRows={3}
              maxLength={5000}
              {...form.getInputProps('definition')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect id={fieldId('unit')} label={t('goals.fields.unit')} data={unitValues.map((v) => ({ value: v, label: t(`goals.units.${v}`) }))} {...form.getInputProps('unit')} />
              <NativeSelect
                id={fieldId('direction')}
                label={t('goals.fields.direction')}
                data={directionValues.map((v) => ({ value: v, label: t(`goals.directions.${v}`) }))}
                {...form.getInputProps('direction')}
              />
              <NativeSelect id={fieldId('source')} label={t('goals.fields.source')} data={sourceValues.map((v) => ({ value: v, label: t(`goals.sources.${v}`) }))} {...form.getInputProps('source')} />
              <NativeSelect
                id={fieldId('ownerId')}
                label={t('goals.fields.ownerId')}
                data={[{ value: '', label: t('goals.noOwner') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
                {...form.getInputProps('ownerId')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('goals.form.baselineSection')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              id={fieldId('baselineValue')}
              label={t('goals.fields.baselineValue')}
              description={t('goals.form.baselineHint')}
              hideControls
              decimalSeparator={currentLanguage() === 'sv' ? ',' : '.'}
              {...form.getInputProps('baselineValue')}
            />
            <TextInput id={fieldId('baselineDate')} type="date" label={t('goals.fields.baselineDate')} {...form.getInputProps('baselineDate')} />
          </SimpleGrid>
        </Fieldset>
        <KpiTargetsFieldset form={form} />
        <Group gap="sm">
          <Button type="submit" loading={props.submitting} disabled={conflict}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
