import { Button, Group, Modal, NativeSelect, NumberInput, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MunicipalInitiative, MunicipalPlan } from '../../../../shared/municipal-plan';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
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
  useServerFieldErrors(update.error, form.setErrors, () => undefined);
  const e = (key: string) => t(`municipalPlan.edit.${key}`);
  const error = update.error;
  const conflict = isApiError(error) && error.status === 412;
  return (
    <Modal opened onClose={onClose} title={t('municipalPlan.edit.title', { title: initiative.title })} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          update.mutate(
            { id: initiative.id, rowVersion: initiative.rowVersion, input: toInitiativeInput(values) },
            {
              onSuccess: () => {
                notifySuccess(e('done'));
                onClose();
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          {conflict && (
            <ConflictAlert
              onReload={() => {
                update.reset();
                onReload();
                onClose();
              }}
            />
          )}
          {error && !conflict && !(isApiError(error) && error.errors.length > 0) && <ErrorAlert error={error} />}
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
          <Group>
            <Button type="submit" loading={update.isPending}>
              {e('submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
