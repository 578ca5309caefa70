import { Checkbox, Fieldset, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { capabilityName } from '../../../kit/organisation/capability-name';
import { useCapabilities } from '../../../kit/organisation/use-capabilities';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

export function FormResponsibilitySection({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const people = (usePeople().data ?? []).map((p) => ({
    value: p.id,
    label: p.title ? `${p.name} (${p.title})` : p.name,
  }));
  const departments = (useDepartments().data ?? []).map((d) => ({ value: d.id, label: d.name }));
  // Overlaps are counted on leaf capabilities, so only those can be chosen (DECISIONS.md 6).
  const capabilities = (useCapabilities().data ?? [])
    .filter((c) => c.leaf)
    .map((c) => ({ value: c.id, label: `${capabilityName(c)} (${c.code})` }));
  const common = {
    searchable: true,
    nothingFoundMessage: t('applications.form.nothingFound'),
    clearButtonProps: { 'aria-label': t('applications.form.clear') },
  };

  return (
    <Fieldset legend={t('applications.sections.responsibility')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            id={fieldId('ownerId')}
            label={t('fields.ownerId')}
            description={t('applications.form.ownerHint')}
            data={people}
            clearable
            {...common}
            {...form.getInputProps('ownerId')}
          />
          <Select
            id={fieldId('managerId')}
            label={t('fields.managerId')}
            data={people}
            clearable
            {...common}
            {...form.getInputProps('managerId')}
          />
        </SimpleGrid>
        <MultiSelect
          id={fieldId('departmentIds')}
          label={t('fields.departmentIds')}
          data={departments}
          clearable
          {...common}
          {...form.getInputProps('departmentIds')}
        />
        <MultiSelect
          id={fieldId('capabilityIds')}
          label={t('fields.capabilityIds')}
          description={t('applications.form.capabilityHint')}
          data={capabilities}
          clearable
          {...common}
          {...form.getInputProps('capabilityIds')}
        />
        <Checkbox
          id={fieldId('sharedWithCollaboration')}
          label={t('fields.sharedWithCollaboration')}
          description={t('applications.form.sharedHint')}
          {...form.getInputProps('sharedWithCollaboration', { type: 'checkbox' })}
        />
      </Stack>
    </Fieldset>
  );
}
