import { Fieldset, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

export function FormContractSection({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const thousands = currentLanguage() === 'sv' ? '\u00a0' : ',';
  return (
    <Fieldset legend={t('applications.sections.contract')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput
          id={fieldId('yearlyCost')}
          label={t('fields.yearlyCost')}
          description={t('applications.form.yearlyCostHint')}
          min={0}
          max={100_000_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={thousands}
          suffix={t('applications.form.kronorSuffix')}
          hideControls
          {...form.getInputProps('yearlyCost')}
        />
        <TextInput
          id={fieldId('contract.endDate')}
          type="date"
          label={t('fields.contract_endDate')}
          {...form.getInputProps('contract.endDate')}
        />
        <NumberInput
          id={fieldId('contract.noticeMonths')}
          label={t('fields.contract_noticeMonths')}
          min={0}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('contract.noticeMonths')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
