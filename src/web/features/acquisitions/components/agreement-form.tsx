import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AgreementInputDraft } from '../../../../shared/agreements';
import { currentLanguage } from '../../../kit/i18n';
import { validateAgreement } from '../lib/agreement.validation';
import { agreementFieldId, toAgreementInput, type AgreementFormValues } from '../lib/agreement-form-values';
import { agreementKinds } from '../lib/enums';
import { CapabilityMultiSelect } from './capability-multi-select';
import { FormFrame, type SaveFormProps } from '../../../kit/forms/form-frame';

/** An agreement: who with, what it covers (as capabilities), and when it runs and can be ended. */
export function AgreementForm({ initialValues, ...frame }: SaveFormProps<AgreementFormValues, AgreementInputDraft>) {
  const { t } = useTranslation();
  const f = (key: string) => t(`agreements.fields.${key}`);
  const form = useForm<AgreementFormValues>({ initialValues, validate: (values) => validateAgreement(values, currentLanguage()) });
  return (
    <FormFrame form={form} toInput={toAgreementInput} fieldLabel={(path) => f(path.split('.')[0] ?? path)} fieldId={agreementFieldId} listFields={['capabilityIds']} {...frame}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput id={agreementFieldId('name')} label={f('name')} required maxLength={200} {...form.getInputProps('name')} />
        <NativeSelect
          id={agreementFieldId('kind')}
          label={f('kind')}
          data={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput id={agreementFieldId('supplier')} label={f('supplier')} description={t('agreements.form.supplierHint')} {...form.getInputProps('supplier')} />
        <TextInput id={agreementFieldId('reference')} label={f('reference')} description={t('agreements.form.referenceHint')} {...form.getInputProps('reference')} />
      </SimpleGrid>
      <Textarea id={agreementFieldId('description')} label={f('description')} autosize minRows={3} {...form.getInputProps('description')} />
      <CapabilityMultiSelect
        id={agreementFieldId('capabilityIds')}
        label={f('capabilityIds')}
        description={t('agreements.form.capabilityHint')}
        {...form.getInputProps('capabilityIds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput id={agreementFieldId('startDate')} label={f('startDate')} type="date" {...form.getInputProps('startDate')} />
        <TextInput id={agreementFieldId('endDate')} label={f('endDate')} type="date" {...form.getInputProps('endDate')} />
        <TextInput id={agreementFieldId('noticeMonths')} label={f('noticeMonths')} inputMode="numeric" {...form.getInputProps('noticeMonths')} />
      </SimpleGrid>
      <TextInput
        id={agreementFieldId('extensionOptions')}
        label={f('extensionOptions')}
        description={t('agreements.form.extensionHint')}
        {...form.getInputProps('extensionOptions')}
      />
    </FormFrame>
  );
}
