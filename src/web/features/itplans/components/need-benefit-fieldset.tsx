import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { benefitKinds, confidences } from '../../../../shared/portfolio';
import { needFieldId as id, newBenefitRow, type NeedFormValues } from '../lib/form-values';

type NeedForm = UseFormReturnType<NeedFormValues>;

/** One expected benefit: the kind decides the amounts (a yearly amount, hours × hourly cost, or a score 1–5). */
function NeedBenefitRowFields({ form, index }: { form: NeedForm; index: number }) {
  const { t } = useTranslation();
  const b = (key: string) => t(`itplans.benefit.fields.${key}`);
  const p = (field: string) => `benefit.benefits.${index}.${field}`;
  const kind = form.values.benefit.benefits[index]?.kind ?? 'direct';
  const input = (field: string, numeric = false, required = false) => (
    <TextInput id={id(p(field))} label={b(field)} required={required} inputMode={numeric ? 'numeric' : undefined} {...form.getInputProps(p(field))} />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <NativeSelect
        id={id(p('kind'))}
        label={b('kind')}
        data={benefitKinds.map((k) => ({ value: k, label: t(`itplans.benefit.kinds.${k}`) }))}
        {...form.getInputProps(p('kind'))}
      />
      {input('description', false, true)}
      {input('recipient')}
      {kind === 'direct' && input('yearlyAmount', true)}
      {kind === 'indirect' && (
        <>
          {input('hoursPerYear', true)}
          {input('hourlyCost', true)}
        </>
      )}
      {kind === 'qualitative' && (
        <NativeSelect
          id={id(p('score'))}
          label={b('score')}
          data={['', '1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s || '–' }))}
          {...form.getInputProps(p('score'))}
        />
      )}
      {input('firstYear', true, true)}
      <NativeSelect
        id={id(p('confidence'))}
        label={b('confidence')}
        data={confidences.map((c) => ({ value: c, label: t(`itplans.benefit.confidences.${c}`) }))}
        {...form.getInputProps(p('confidence'))}
      />
    </SimpleGrid>
  );
}

/** The need's benefit, optional (small needs go without): valued as a project's, a list of benefits over a horizon. */
export function NeedBenefitFieldset({ form, firstYear }: { form: NeedForm; firstYear: number | undefined }) {
  const { t } = useTranslation();
  const rows = form.values.benefit.benefits;
  const listError = form.errors['benefit.benefits'];
  const add = () => {
    form.insertListItem('benefit.benefits', newBenefitRow(firstYear));
    const index = rows.length;
    window.setTimeout(() => document.getElementById(id(`benefit.benefits.${index}.kind`))?.focus(), 0);
  };
  const remove = (index: number) => {
    form.removeListItem('benefit.benefits', index);
    window.setTimeout(() => document.getElementById(id('benefit.benefits'))?.focus(), 0);
  };
  const toggle = (on: boolean) => {
    form.setFieldValue('valued', on);
    if (on && rows.length === 0) form.insertListItem('benefit.benefits', newBenefitRow(firstYear));
  };
  return (
    <Fieldset legend={t('itplans.benefit.legend')}>
      <Stack gap="md">
        <Checkbox
          id={id('valued')}
          label={t('itplans.benefit.toggle')}
          description={t('itplans.benefit.toggleHint')}
          checked={form.values.valued}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {form.values.valued && (
          <>
            <TextInput
              id={id('benefit.horizonYears')}
              label={t('itplans.benefit.fields.horizonYears')}
              description={t('itplans.benefit.horizonHint')}
              inputMode="numeric"
              maw={320}
              {...form.getInputProps('benefit.horizonYears')}
            />
            {rows.map((_, index) => (
              <Stack
                key={index}
                gap="xs"
                pt={index > 0 ? 'md' : 0}
                style={index > 0 ? { borderTop: '1px solid #dee2e6' } : undefined}
                role="group"
                aria-label={t('itplans.benefit.row', { position: index + 1 })}
              >
                <Text size="sm" fw={600} aria-hidden>
                  {t('itplans.benefit.row', { position: index + 1 })}
                </Text>
                <NeedBenefitRowFields form={form} index={index} />
                <Group>
                  <Button variant="subtle" color="#b02525" size="xs" onClick={() => remove(index)}>
                    {t('itplans.benefit.remove', { position: index + 1 })}
                  </Button>
                </Group>
              </Stack>
            ))}
            {rows.length === 0 && <Text size="sm">{t('itplans.benefit.none')}</Text>}
            {typeof listError === 'string' && (
              <Text size="sm" c="#b02525" id={id('benefit.benefits-error')}>
                {listError}
              </Text>
            )}
            <Group>
              <Button id={id('benefit.benefits')} variant="default" onClick={add} aria-describedby={listError ? id('benefit.benefits-error') : undefined}>
                {t('itplans.benefit.add')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
