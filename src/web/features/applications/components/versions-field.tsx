import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../lib/field-label';
import type { ApplicationForm } from '../lib/form-values';

const MAX_VERSIONS = 20;

/** Versions in use, one row each (an office suite may run "2016" and "365" side by side). */
export function VersionsField({ form }: { form: ApplicationForm }) {
  const { t } = useTranslation();
  const versions = form.values.versions;
  return (
    <Stack gap="xs" role="group" aria-labelledby="versions-heading">
      <Text id="versions-heading" fw={500} size="sm">
        {t('fields.versions')}
      </Text>
      {versions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('applications.form.noVersions')}
        </Text>
      )}
      {versions.map((_, index) => (
        <Group key={index} align="flex-end" gap="xs">
          <TextInput
            id={fieldId(`versions.${index}`)}
            label={t('fields.versions_row', { n: index + 1 })}
            maxLength={60}
            style={{ flex: '1 1 12rem' }}
            {...form.getInputProps(`versions.${index}`)}
          />
          <Button variant="subtle" color="#b02525" onClick={() => form.removeListItem('versions', index)}>
            {t('applications.form.removeVersion', { n: index + 1 })}
          </Button>
        </Group>
      ))}
      <div>
        <Button
          variant="default"
          size="sm"
          disabled={versions.length >= MAX_VERSIONS}
          onClick={() => form.insertListItem('versions', '')}
        >
          {t('applications.form.addVersion')}
        </Button>
      </div>
    </Stack>
  );
}
