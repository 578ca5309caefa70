import { Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../lib/field-label';
import { assessmentValues, kindValues, lifecycleValues } from '../lib/enums';
import type { ApplicationForm } from '../lib/form-values';
import { VersionsField } from './versions-field';

export function FormBasicsSection({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('applications.sections.basics')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput id={fieldId('name')} label={t('fields.name')} required {...form.getInputProps('name')} />
          <TextInput id={fieldId('vendor')} label={t('fields.vendor')} {...form.getInputProps('vendor')} />
          <NativeSelect
            id={fieldId('kind')}
            label={t('fields.kind')}
            description={t('applications.form.kindHint')}
            data={kindValues.map((v) => ({ value: v, label: t(`enums.kind.${v}`) }))}
            {...form.getInputProps('kind')}
          />
          <NativeSelect
            id={fieldId('lifecycle')}
            label={t('fields.lifecycle')}
            data={lifecycleValues.map((v) => ({ value: v, label: t(`enums.lifecycle.${v}`) }))}
            {...form.getInputProps('lifecycle')}
          />
          <NativeSelect
            id={fieldId('assessment')}
            label={t('fields.assessment')}
            description={t('applications.form.assessmentHint')}
            data={[
              { value: '', label: t('applications.form.notAssessed') },
              ...assessmentValues.map((v) => ({ value: v, label: t(`enums.assessment.${v}`) })),
            ]}
            {...form.getInputProps('assessment')}
          />
        </SimpleGrid>
        <Textarea
          id={fieldId('description')}
          label={t('fields.description')}
          autosize
          minRows={3}
          maxLength={5000}
          {...form.getInputProps('description')}
        />
        <VersionsField form={form} />
      </Stack>
    </Fieldset>
  );
}
