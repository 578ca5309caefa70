import { Button, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../kit/i18n';
import { kpiFieldId as fieldId, type KpiForm } from '../lib/kpi-form-values';

const MAX_TARGETS = 20;

/** One or more targets, each a value to reach by a date ("80 % by end of 2012"). */
export function KpiTargetsFieldset({ form }: { form: KpiForm }) {
  const { t } = useTranslation();
  const targets = form.values.targets;
  const decimalSeparator = currentLanguage() === 'sv' ? ',' : '.';
  const add = () => {
    form.insertListItem('targets', { value: '', targetDate: '' });
    const index = targets.length;
    window.requestAnimationFrame(() => document.getElementById(fieldId(`targets.${index}.value`))?.focus());
  };
  const remove = (index: number) => {
    form.removeListItem('targets', index);
    window.requestAnimationFrame(() => document.getElementById(fieldId(`targets.${Math.max(0, index - 1)}.value`))?.focus());
  };
  return (
    <Fieldset legend={t('goals.form.targetsSection')}>
      <Stack gap="sm">
        <Text size="sm">{t('goals.form.targetsHint')}</Text>
        {typeof form.errors.targets === 'string' && (
          <Text size="sm" c="#c92a2a" role="alert">
            {form.errors.targets}
          </Text>
        )}
        {targets.map((_, index) => (
          <Fieldset key={index} variant="filled" legend={t('goals.form.targetRow', { n: index + 1 })} p="sm">
            <Group align="flex-end" gap="sm">
              <NumberInput
                id={fieldId(`targets.${index}.value`)}
                label={t('goals.fields.target_value')}
                required
                hideControls
                decimalSeparator={decimalSeparator}
                {...form.getInputProps(`targets.${index}.value`)}
              />
              <TextInput
                id={fieldId(`targets.${index}.targetDate`)}
                type="date"
                label={t('goals.fields.target_targetDate')}
                required
                {...form.getInputProps(`targets.${index}.targetDate`)}
              />
              <Button variant="subtle" color="#b02525" disabled={targets.length <= 1} onClick={() => remove(index)}>
                {t('goals.form.removeTarget', { n: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <div>
          <Button variant="default" size="sm" disabled={targets.length >= MAX_TARGETS} onClick={add}>
            {t('goals.form.addTarget')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
