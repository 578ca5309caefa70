import { Checkbox, Fieldset, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { accessibilityStatuses, type EserviceInputDraft } from '../../../../shared/eservices';
import { currentLanguage } from '../../../kit/i18n';
import { usePeople } from '../../../kit/organisation/use-people';
import { useSystemNames } from '../api/get-system-names';
import { eserviceFieldId as id, type EserviceFormValues, toEserviceInput } from '../lib/form-values';
import { validateEservice } from '../lib/eservice.validation';
import { FormFrame, type SaveFormProps } from '../../../kit/forms/form-frame';

const DIGITISATION = ['minutesSavedPerCase', 'hourlyCost', 'otherYearlyBenefit', 'buildCost', 'yearlyRunningCost', 'firstYear', 'horizonYears'] as const;

/** An e-service: what it is, who owns it, the systems behind it, its step on the ladder, and what digitising it is worth. */
export function EserviceForm({ initialValues, ...frame }: SaveFormProps<EserviceFormValues, EserviceInputDraft>) {
  const { t } = useTranslation();
  const f = (key: string) => t(`eservices.fields.${key}`);
  const people = usePeople();
  const systems = useSystemNames();
  const form = useForm<EserviceFormValues>({ initialValues, validate: (values) => validateEservice(values, currentLanguage()) });
  const label = (path: string) => {
    const [head, tail] = path.split('.');
    return head === 'digitisation' && tail ? t(`eservices.form.${tail}`) : f(head ?? path);
  };
  const step = form.values.step;
  return (
    <FormFrame form={form} toInput={toEserviceInput} fieldLabel={label} fieldId={id} listFields={['applicationIds']} {...frame}>
      <TextInput id={id('name')} label={f('name')} required maxLength={200} {...form.getInputProps('name')} />
      <Textarea id={id('description')} label={f('description')} autosize minRows={2} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id={id('ownerId')}
          label={f('ownerId')}
          description={t('eservices.form.ownerHint')}
          data={[{ value: '', label: f('none') }, ...(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          {...form.getInputProps('ownerId')}
        />
        <MultiSelect
          id={id('applicationIds')}
          label={f('applicationIds')}
          description={t('eservices.form.systemsHint')}
          searchable
          hidePickedOptions
          data={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          {...form.getInputProps('applicationIds')}
        />
      </SimpleGrid>
      <NativeSelect
        id={id('step')}
        label={f('step')}
        description={t('eservices.form.stepHint')}
        data={['1', '2', '3', '4'].map((s) => ({ value: s, label: t(`eservices.steps.${s}`) }))}
        {...form.getInputProps('step')}
      />
      {['1', '2', '3', '4'].includes(step) && (
        <Text size="sm" maw={800}>
          {t(`eservices.stepWords.${step}`)}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput id={id('yearlyVolume')} label={f('yearlyVolume')} inputMode="numeric" required {...form.getInputProps('yearlyVolume')} />
        <TextInput id={id('digitalShare')} label={f('digitalShare')} inputMode="numeric" required {...form.getInputProps('digitalShare')} />
        <NativeSelect
          id={id('accessibility')}
          label={f('accessibility')}
          data={accessibilityStatuses.map((a) => ({ value: a, label: t(`eservices.accessibility.${a}`) }))}
          {...form.getInputProps('accessibility')}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Checkbox id={id('needsEid')} label={f('needsEid')} {...form.getInputProps('needsEid', { type: 'checkbox' })} />
        <Checkbox id={id('published')} label={f('published')} {...form.getInputProps('published', { type: 'checkbox' })} />
        <Checkbox id={id('candidate')} label={f('candidate')} {...form.getInputProps('candidate', { type: 'checkbox' })} />
        <Checkbox id={id('valued')} label={t('eservices.form.valued')} {...form.getInputProps('valued', { type: 'checkbox' })} />
      </Stack>
      {form.values.valued && (
        <Fieldset legend={f('digitisation')}>
          <Text size="sm" mb="sm" maw={800}>
            {t('eservices.form.valuationIntro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {DIGITISATION.map((key) => (
              <TextInput key={key} id={id(`digitisation.${key}`)} label={t(`eservices.form.${key}`)} inputMode="numeric" {...form.getInputProps(`digitisation.${key}`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
      )}
    </FormFrame>
  );
}
