import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateInSweden } from '../../../../shared/dates';
import { disruptionResultValues } from '../lib/enums';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

const MAX_TESTS = 100;

/** The yearly disruption tests (Mjölby): one fieldset per test, so each row has its own name. */
export function FormDisruptionTestsSection({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const tests = form.values.disruptionTests;
  const results = disruptionResultValues.map((v) => ({ value: v, label: t(`enums.disruptionResult.${v}`) }));
  const add = () =>
    form.insertListItem('disruptionTests', {
      testedOn: dateInSweden(new Date()),
      result: 'passed',
      notes: '',
    });

  return (
    <Fieldset legend={t('applications.sections.disruptionTests')}>
      <Stack gap="sm">
        {tests.length === 0 && <Text size="sm">{t('applications.detail.noDisruptionTests')}</Text>}
        {tests.map((_, index) => (
          <Fieldset key={index} variant="filled" legend={t('fields.disruptionTests_row', { n: index + 1 })}>
            <Group align="flex-end" gap="sm">
              <TextInput
                id={fieldId(`disruptionTests.${index}.testedOn`)}
                type="date"
                label={t('fields.disruptionTests_testedOn')}
                required
                max={dateInSweden(new Date())}
                {...form.getInputProps(`disruptionTests.${index}.testedOn`)}
              />
              <NativeSelect
                id={fieldId(`disruptionTests.${index}.result`)}
                label={t('fields.disruptionTests_result')}
                data={results}
                {...form.getInputProps(`disruptionTests.${index}.result`)}
              />
              <TextInput
                id={fieldId(`disruptionTests.${index}.notes`)}
                label={t('fields.disruptionTests_notes')}
                maxLength={2000}
                style={{ flex: '1 1 14rem' }}
                {...form.getInputProps(`disruptionTests.${index}.notes`)}
              />
              <Button variant="subtle" color="#b02525" onClick={() => form.removeListItem('disruptionTests', index)}>
                {t('applications.form.removeDisruptionTest', { n: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <div>
          <Button variant="default" size="sm" disabled={tests.length >= MAX_TESTS} onClick={add}>
            {t('applications.form.addDisruptionTest')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
