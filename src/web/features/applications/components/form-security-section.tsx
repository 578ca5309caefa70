import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classificationLevels } from '../lib/enums';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

const AXES = ['k', 'r', 't'] as const;

/** Personal data and the K/R/T classification; empty means not yet classified. */
export function FormSecuritySection({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const levels = [
    { value: '', label: t('enums.classificationLevel.none') },
    ...classificationLevels.map((level) => ({
      value: String(level),
      label: `${level} – ${t(`enums.classificationLevel.${level}`)}`,
    })),
  ];
  return (
    <Fieldset legend={t('applications.sections.security')}>
      <Stack gap="sm">
        <Checkbox
          id={fieldId('personalData')}
          label={t('fields.personalData')}
          description={t('applications.form.personalDataHint')}
          {...form.getInputProps('personalData', { type: 'checkbox' })}
        />
        <Text size="sm">{t('applications.form.classificationHint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {AXES.map((axis) => (
            <NativeSelect
              key={axis}
              id={fieldId(`classification.${axis}`)}
              label={t(`fields.classification_${axis}`)}
              description={t(`applications.form.classificationHint_${axis}`)}
              data={levels}
              {...form.getInputProps(`classification.${axis}`)}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
