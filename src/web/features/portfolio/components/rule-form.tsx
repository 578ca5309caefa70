import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ruleKeys } from '../../../../shared/portfolio';
import { ErrorAlert } from '../../../app/error-alert';
import { useServerFieldErrors } from '../../../app/forms/use-server-field-errors';
import { notifySuccess } from '../../../app/notify';
import { useCreateRule } from '../api/create-rule';

interface RuleFormValues {
  key: (typeof ruleKeys)[number];
  value: string;
  effectiveFrom: string;
  description: string;
}

/** A new value for a rule, from a date, with where it comes from. */
export function RuleForm() {
  const { t } = useTranslation();
  const create = useCreateRule();
  const form = useForm<RuleFormValues>({ initialValues: { key: 'portfolio_threshold', value: '', effectiveFrom: '', description: '' } });
  useServerFieldErrors(create.error, form.setErrors, () => undefined);
  const r = (key: string) => t(`portfolio.rules.${key}`);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        create.mutate(
          { ...values, value: Number(values.value.replace(/\s/g, '').replace(',', '.')) },
          {
            onSuccess: () => {
              notifySuccess(r('done'));
              form.reset();
            },
          },
        ),
      )}
    >
      <Fieldset legend={r('add')}>
        <Stack gap="sm">
          {create.error && !(create.error as { errors?: unknown[] }).errors?.length ? <ErrorAlert error={create.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect id="rule-key" label={r('key')} data={ruleKeys.map((k) => ({ value: k, label: t(`portfolio.rules.keys.${k}`) }))} {...form.getInputProps('key')} />
            <TextInput id="rule-value" label={r('value')} inputMode="decimal" required {...form.getInputProps('value')} />
            <TextInput id="rule-effectiveFrom" label={r('effectiveFrom')} type="date" required {...form.getInputProps('effectiveFrom')} />
          </SimpleGrid>
          <TextInput id="rule-description" label={r('description')} required {...form.getInputProps('description')} />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {r('save')}
          </Button>
        </Stack>
      </Fieldset>
    </form>
  );
}
