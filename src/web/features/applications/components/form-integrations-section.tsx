import { Fieldset, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApplicationNames } from '../api/get-application-names';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

interface FormIntegrationsSectionProps {
  form: ApplicationForm;
  /** The system being edited: it cannot integrate with itself. */
  currentId?: string;
}

/** Choose the systems data flows to, then describe each flow. */
export function FormIntegrationsSection({ form, currentId }: FormIntegrationsSectionProps) {
  const { t } = useTranslation();
  const options = useApplicationNames();
  const names = new Map((options.data ?? []).map((o) => [o.id, o.name]));
  const integrations = form.values.integrations;
  const data = (options.data ?? []).filter((o) => o.id !== currentId).map((o) => ({ value: o.id, label: o.name }));
  // A target chosen earlier but no longer listed (archived) stays visible by its id.
  for (const integration of integrations) {
    if (!names.has(integration.targetId)) data.push({ value: integration.targetId, label: integration.targetId });
  }

  const onTargets = (targetIds: string[]) => {
    const previous = new Map(integrations.map((i) => [i.targetId, i.description]));
    form.setFieldValue(
      'integrations',
      targetIds.map((targetId) => ({ targetId, description: previous.get(targetId) ?? '' })),
    );
  };

  return (
    <Fieldset legend={t('applications.sections.integrations')}>
      <Stack gap="sm">
        <MultiSelect
          id={fieldId('integrations')}
          label={t('fields.integrations_targetId')}
          description={t('applications.form.integrationsHint')}
          data={data}
          value={integrations.map((i) => i.targetId)}
          onChange={onTargets}
          searchable
          clearable
          nothingFoundMessage={t('applications.form.nothingFound')}
          clearButtonProps={{ 'aria-label': t('applications.form.clear') }}
          error={form.errors.integrations}
        />
        {integrations.map((integration, index) => (
          <TextInput
            key={integration.targetId}
            id={fieldId(`integrations.${index}.description`)}
            label={t('applications.form.integrationDescription', {
              name: names.get(integration.targetId) ?? integration.targetId,
            })}
            maxLength={500}
            {...form.getInputProps(`integrations.${index}.description`)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
