import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { periodYears, roundFieldId as id, roundFormPath, type RoundFormValues } from '../lib/form-values';
import { validateRound } from '../lib/round.validation';

interface RoundFormProps {
  initialValues: RoundFormValues;
  /** Opening asks which departments and which round to revise from; a round once open keeps them. */
  opening?: { departments: { id: string; name: string }[]; rounds: { id: string; title: string }[] };
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: RoundFormValues) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
  reloading?: boolean;
}

const WEIGHTS = ['goals', 'benefit', 'cost'] as const;

/** A planning round: title, period, budget year, deadline, frames per year, weights (and, when opening, who is asked). */
export function RoundForm({ initialValues, opening, submitLabel, submitting, error, onSubmit, onCancel, onReloadLatest, reloading }: RoundFormProps) {
  const { t } = useTranslation();
  const f = (key: string) => t(`itplans.fields.${key}`);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<RoundFormValues>({ initialValues, validate: (values) => validateRound(values, currentLanguage()) });
  const { setErrors, getValues } = form;
  // The server names a frame by its place in the body; the form by its year.
  const setServerErrors = useCallback(
    (errors: FormErrors) => {
      const values = getValues();
      const mapped: FormErrors = {};
      for (const [path, message] of Object.entries(errors)) mapped[roundFormPath(path, values)] ??= message;
      setErrors(mapped);
    },
    [setErrors, getValues],
  );
  useServerFieldErrors(error, setServerErrors, () => setAttempt((n) => n + 1));
  const label = (path: string) => {
    const [head, tail] = path.split('.');
    if (head === 'budgetFrames' && tail) return t('itplans.form.frameYear', { year: tail });
    if (head === 'weights' && tail) return t(`itplans.form.weight.${tail}`);
    return f(head ?? path);
  };
  const years = periodYears(form.values.firstYear, form.values.lastYear);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => onSubmit(values),
        () => setAttempt((n) => n + 1),
      )}
    >
      <Stack gap="md">
        <ErrorSummary errors={form.errors} attempt={attempt} label={label} fieldId={id} />
        {isConflict(error) && onReloadLatest && <ConflictAlert onReload={onReloadLatest} reloading={reloading} />}
        {isOtherError(error) && <ErrorAlert error={error} />}
        <TextInput id={id('title')} label={f('title')} required maxLength={200} {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput id={id('firstYear')} label={f('firstYear')} inputMode="numeric" required {...form.getInputProps('firstYear')} />
          <TextInput id={id('lastYear')} label={f('lastYear')} inputMode="numeric" required {...form.getInputProps('lastYear')} />
          <TextInput id={id('budgetYear')} label={f('budgetYear')} inputMode="numeric" required {...form.getInputProps('budgetYear')} />
          <TextInput id={id('deadline')} label={f('deadline')} type="date" required {...form.getInputProps('deadline')} />
        </SimpleGrid>
        <Fieldset legend={f('budgetFrames')}>
          <Text size="sm" mb="sm">
            {t('itplans.form.framesHint')}
          </Text>
          {years.length === 0 ? (
            <Text size="sm">{t('itplans.form.noPeriod')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {years.map((year) => (
                <TextInput
                  key={year}
                  id={id(`budgetFrames.${year}`)}
                  label={t('itplans.form.frameYear', { year })}
                  inputMode="numeric"
                  {...form.getInputProps(`budgetFrames.${year}`)}
                />
              ))}
            </SimpleGrid>
          )}
        </Fieldset>
        <Fieldset legend={f('weights')}>
          <Text size="sm" mb="sm">
            {t('itplans.form.weightsHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {WEIGHTS.map((w) => (
              <TextInput key={w} id={id(`weights.${w}`)} label={t(`itplans.form.weight.${w}`)} inputMode="numeric" required {...form.getInputProps(`weights.${w}`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
        {opening && (
          <>
            <Checkbox.Group id={id('departmentIds')} label={f('departmentIds')} description={t('itplans.form.departmentsHint')} {...form.getInputProps('departmentIds')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt={4}>
                {opening.departments.map((d) => (
                  <Checkbox key={d.id} value={d.id} label={d.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <NativeSelect
              id={id('previousRoundId')}
              label={f('previousRoundId')}
              description={t('itplans.form.previousHint')}
              data={[{ value: '', label: t('itplans.form.blankRound') }, ...opening.rounds.map((r) => ({ value: r.id, label: r.title }))]}
              {...form.getInputProps('previousRoundId')}
            />
          </>
        )}
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
