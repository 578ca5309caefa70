import { Fieldset, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../kit/i18n';
import { useAgreementChoices } from '../../../kit/agreements/use-agreement-choices';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

export function FormContractSection({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const thousands = currentLanguage() === 'sv' ? '\u00a0' : ',';
  const agreements = useAgreementChoices();
  const agreementId = form.getValues().contract.agreementId;
  const chosen = agreements.data?.find((a) => a.id === agreementId);
  const own = { value: '', label: t('applications.form.ownContract') };
  const options = [own, ...(agreements.data ?? []).map((a) => ({ value: a.id, label: a.supplier ? `${a.name} (${a.supplier})` : a.name }))];
  // A linked agreement the list did not return (archived since) still shows by its id until changed.
  if (agreementId && !chosen) options.push({ value: agreementId, label: t('applications.form.linkedAgreement') });
  const fromRegister = agreementId !== '';
  return (
    <Fieldset legend={t('applications.sections.contract')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          id={fieldId('yearlyCost')}
          label={t('fields.yearlyCost')}
          description={t('applications.form.yearlyCostHint')}
          allowDecimal={false}
          // A minus sign typed stays, and the schema says why it cannot be saved ("Måste vara
          // minst 0"): stripping or clamping it would save another number than the one typed.
          clampBehavior="none"
          thousandSeparator={thousands}
          suffix={t('applications.form.kronorSuffix')}
          hideControls
          {...form.getInputProps('yearlyCost')}
        />
        <Select
          id={fieldId('contract.agreementId')}
          label={t('fields.contract_agreement')}
          description={t('applications.form.agreementHint')}
          data={options}
          searchable
          allowDeselect={false}
          {...form.getInputProps('contract.agreementId')}
          onChange={(value) => {
            form.setFieldValue('contract.agreementId', value ?? '');
            const picked = agreements.data?.find((a) => a.id === value);
            form.setFieldValue('contract.endDate', picked?.endDate ?? '');
            form.setFieldValue('contract.noticeMonths', picked?.noticeMonths ?? '');
          }}
        />
        <TextInput
          id={fieldId('contract.endDate')}
          type="date"
          label={t('fields.contract_endDate')}
          {...form.getInputProps('contract.endDate')}
          readOnly={fromRegister}
          description={fromRegister ? t('applications.form.datesFromRegister') : undefined}
        />
        <NumberInput
          id={fieldId('contract.noticeMonths')}
          label={t('fields.contract_noticeMonths')}
          min={0}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('contract.noticeMonths')}
          readOnly={fromRegister}
          description={fromRegister ? t('applications.form.datesFromRegister') : undefined}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
