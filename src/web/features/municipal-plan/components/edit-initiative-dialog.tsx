import { NativeSelect, NumberInput, Table, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MunicipalInitiative, MunicipalPlan } from '../../../../shared/municipal-plan';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
import { useUpdateInitiative } from '../api/municipal-plan';
import { type InitiativeValues, initiativeValues, toInitiativeInput } from '../lib/form-values';
import { validateInitiative } from '../lib/municipal-plan.validation';

interface EditInitiativeDialogProps {
  plan: MunicipalPlan;
  initiative: MunicipalInitiative;
  onClose: () => void;
  onReload: () => void;
}

/** The strategist changes an initiative's wording, priority and costs per year (If-Match on the initiative). */
export function EditInitiativeDialog({ plan, initiative, onClose, onReload }: EditInitiativeDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateInitiative();
  const form = useForm<InitiativeValues>({
    initialValues: initiativeValues(initiative, plan.round.firstYear, plan.round.lastYear),
    validate: (values) => validateInitiative(values, currentLanguage()),
  });
  const e = (key: string) => t(`municipalPlan.edit.${key}`);
  return (
    <FormDialog
      title={t('municipalPlan.edit.title', { title: initiative.title })}
      size="lg"
      form={form}
      mutation={update}
      toVariables={(values) => ({ id: initiative.id, rowVersion: initiative.rowVersion, input: toInitiativeInput(values) })}
      submitLabel={e('submit')}
      doneMessage={e('done')}
      onClose={onClose}
      onReload={onReload}
    >
      <TextInput id="initiative-title" label={e('name')} required {...form.getInputProps('title')} />
      <Textarea id="initiative-description" label={e('description')} autosize minRows={3} {...form.getInputProps('description')} />
      <NativeSelect id="initiative-priority" label={e('priority')} data={['1', '2', '3'].map((p) => ({ value: p, label: t(`municipalPlan.priority.${p}`) }))} {...form.getInputProps('priority')} />
      <Table>
        <Table.Caption>{e('costs')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('municipalPlan.years.year')}</Table.Th>
            <Table.Th scope="col">{t('municipalPlan.years.investment')}</Table.Th>
            <Table.Th scope="col">{t('municipalPlan.years.running')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.values.costs.map((c, index) => (
            <Table.Tr key={c.year}>
              <Table.Th scope="row">{c.year}</Table.Th>
              <Table.Td>
                <NumberInput id={`initiative-costs-${index}-investment`} aria-label={t('municipalPlan.edit.investmentIn', { year: c.year })} min={0} thousandSeparator=" " allowDecimal={false} {...form.getInputProps(`costs.${index}.investment`)} />
              </Table.Td>
              <Table.Td>
                <NumberInput id={`initiative-costs-${index}-running`} aria-label={t('municipalPlan.edit.runningIn', { year: c.year })} min={0} thousandSeparator=" " allowDecimal={false} {...form.getInputProps(`costs.${index}.running`)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </FormDialog>
  );
}
