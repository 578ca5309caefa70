import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleKeys } from '../../../../shared/portfolio';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { useCreateRule } from '../api/create-rule';
import { ruleUnit } from '../lib/rule-units';
import { toRuleInput, validateRule, type RuleFormValues, type RuleKey } from '../lib/rule.validation';

/** A rule whose value is not known yet, to fill in: same rule and date. `nonce` makes a second click count. */
export interface RulePrefill {
  key: string;
  effectiveFrom: string;
  description: string;
  nonce: number;
}

/** A new value for a rule, from a date, with where it comes from. */
export function RuleForm({ prefill }: { prefill?: RulePrefill | null }) {
  const { t } = useTranslation();
  const create = useCreateRule();
  const valueRef = useRef<HTMLInputElement>(null);
  const r = (key: string) => t(`portfolio.rules.${key}`);
  const form = useForm<RuleFormValues>({
    initialValues: { key: 'portfolio_threshold', value: '', effectiveFrom: '', description: '' },
    validate: (values) => validateRule(values, currentLanguage()),
  });
  useServerFieldErrors(create.error, form.setErrors, () => undefined);
  const { setValues } = form;
  useEffect(() => {
    if (!prefill) return;
    setValues({ key: prefill.key as RuleKey, value: '', effectiveFrom: prefill.effectiveFrom, description: prefill.description });
    valueRef.current?.focus();
    valueRef.current?.scrollIntoView({ block: 'center' });
  }, [prefill, setValues]);
  const unit = ruleUnit(form.getValues().key);
  return (
    <form
      noValidate
      style={{ width: '100%' }}
      onSubmit={form.onSubmit((values) => {
        const { value, ...input } = toRuleInput(values);
        // Validated first, so the value is there.
        if (value === undefined) return;
        create.mutate(
          { ...input, value },
          {
            onSuccess: () => {
              notifySuccess(r('done'));
              form.reset();
            },
          },
        );
      })}
    >
      <Fieldset legend={r('add')}>
        <Stack gap="sm">
          {create.error && !(create.error as { errors?: unknown[] }).errors?.length ? <ErrorAlert error={create.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect id="rule-key" label={r('key')} data={ruleKeys.map((k) => ({ value: k, label: t(`portfolio.rules.keys.${k}`) }))} {...form.getInputProps('key')} />
            <TextInput
              ref={valueRef}
              id="rule-value"
              label={r('value')}
              description={t(`portfolio.rules.units.${unit}`)}
              inputMode="decimal"
              required
              {...form.getInputProps('value')}
            />
            <TextInput id="rule-effectiveFrom" label={r('effectiveFrom')} type="date" required {...form.getInputProps('effectiveFrom')} />
          </SimpleGrid>
          <TextInput id="rule-description" label={r('description')} description={r('descriptionHint')} required {...form.getInputProps('description')} />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {r('save')}
          </Button>
        </Stack>
      </Fieldset>
    </form>
  );
}
