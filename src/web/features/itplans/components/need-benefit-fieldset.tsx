import { Checkbox, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BenefitRow } from '../../../kit/forms/benefit-row';
import { RowListFieldset } from '../../../kit/forms/row-list-fieldset';
import { needFieldId as id, newBenefitRow, type NeedFormValues } from '../lib/form-values';

type NeedForm = UseFormReturnType<NeedFormValues>;

/** The need's benefit, optional (small needs go without): valued as a project's, a list of benefits over a horizon. */
export function NeedBenefitFieldset({ form, firstYear }: { form: NeedForm; firstYear: number | undefined }) {
  const { t } = useTranslation();
  const rows = form.values.benefit.benefits;
  const listError = form.errors['benefit.benefits'];
  const toggle = (on: boolean) => {
    form.setFieldValue('valued', on);
    if (on && rows.length === 0) form.insertListItem('benefit.benefits', newBenefitRow(firstYear));
  };
  const row = (index: number) => {
    const p = (field: string) => `benefit.benefits.${index}.${field}`;
    return (
      <BenefitRow
        kind={rows[index]?.kind ?? 'direct'}
        field={(name) => ({ id: id(p(name)), label: t(`itplans.benefit.fields.${name}`), ...form.getInputProps(p(name)) })}
        kindLabel={(k) => t(`itplans.benefit.kinds.${k}`)}
        confidenceLabel={(c) => t(`itplans.benefit.confidences.${c}`)}
      />
    );
  };
  return (
    <RowListFieldset
      legend={t('itplans.benefit.legend')}
      open={form.values.valued}
      count={rows.length}
      rowLabel={(position) => t('itplans.benefit.row', { position })}
      showRowLabel
      removeLabel={(position) => t('itplans.benefit.remove', { position })}
      addLabel={t('itplans.benefit.add')}
      noneText={t('itplans.benefit.none')}
      firstFieldId={(index) => id(`benefit.benefits.${index}.kind`)}
      addId={id('benefit.benefits')}
      onAdd={() => form.insertListItem('benefit.benefits', newBenefitRow(firstYear))}
      onRemove={(index) => form.removeListItem('benefit.benefits', index)}
      error={typeof listError === 'string' ? listError : undefined}
      renderRow={row}
    >
      <Checkbox
        id={id('valued')}
        label={t('itplans.benefit.toggle')}
        description={t('itplans.benefit.toggleHint')}
        checked={form.values.valued}
        onChange={(event) => toggle(event.currentTarget.checked)}
      />
      {form.values.valued && (
        <TextInput
          id={id('benefit.horizonYears')}
          label={t('itplans.benefit.fields.horizonYears')}
          description={t('itplans.benefit.horizonHint')}
          inputMode="numeric"
          maw={320}
          {...form.getInputProps('benefit.horizonYears')}
        />
      )}
    </RowListFieldset>
  );
}
