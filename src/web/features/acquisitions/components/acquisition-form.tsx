import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AcquisitionInputDraft } from '../../../../shared/acquisitions';
import { currentLanguage } from '../../../kit/i18n';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { validateAcquisition } from '../lib/acquisition.validation';
import { fieldId, toInput, type AcquisitionFormValues } from '../lib/form-values';
import { CapabilityMultiSelect } from './capability-multi-select';
import { FormFrame, type SaveFormProps } from '../../../kit/forms/form-frame';

/** The need as a department reports it: what, why, which capabilities, who, how much and by when. */
export function AcquisitionForm({ initialValues, ...frame }: SaveFormProps<AcquisitionFormValues, AcquisitionInputDraft>) {
  const { t } = useTranslation();
  const departments = useDepartments().data ?? [];
  const f = (key: string) => t(`acquisitions.fields.${key}`);
  const form = useForm<AcquisitionFormValues>({ initialValues, validate: (values) => validateAcquisition(values, currentLanguage()) });

  return (
    <FormFrame form={form} toInput={toInput} fieldLabel={(path) => f(path.split('.')[0] ?? path)} fieldId={fieldId} listFields={['capabilityIds']} {...frame}>
      <TextInput id={fieldId('title')} label={f('title')} required maxLength={200} {...form.getInputProps('title')} />
      <Textarea
        id={fieldId('needText')}
        label={f('needText')}
        description={t('acquisitions.form.needTextHint')}
        required
        autosize
        minRows={4}
        {...form.getInputProps('needText')}
      />
      <CapabilityMultiSelect
        id={fieldId('capabilityIds')}
        label={f('capabilityIds')}
        description={t('acquisitions.form.capabilityHint')}
        required
        {...form.getInputProps('capabilityIds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          id={fieldId('departmentId')}
          label={f('departmentId')}
          required
          data={[{ value: '', label: t('acquisitions.form.choose') }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
          {...form.getInputProps('departmentId')}
        />
        <TextInput
          id={fieldId('estimatedValue')}
          label={f('estimatedValue')}
          description={t('acquisitions.form.valueHint')}
          // The hint below the field keeps the three inputs of the row in line.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          inputMode="numeric"
          {...form.getInputProps('estimatedValue')}
        />
        <TextInput id={fieldId('neededBy')} label={f('neededBy')} type="date" {...form.getInputProps('neededBy')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          id={fieldId('procurementPlannedOn')}
          label={f('procurementPlannedOn')}
          description={t('acquisitions.form.procurementStartHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          type="date"
          {...form.getInputProps('procurementPlannedOn')}
        />
        <TextInput id={fieldId('procurementStartedOn')} label={f('procurementStartedOn')} type="date" {...form.getInputProps('procurementStartedOn')} />
      </SimpleGrid>
    </FormFrame>
  );
}
