import { Button, Fieldset, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentFieldId } from '../lib/field-label';
import type { DocumentForm } from '../lib/form-values';

/**
 * An import's proposed responsibility table in the review: each row editable and removable, with
 * the table row or sentence it was read from; the rows left are saved with the document.
 */
export function ResponsibilityProposalEditor({ form }: { form: DocumentForm }) {
  const { t } = useTranslation();
  const rows = form.values.responsibilities;
  if (!rows) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('documents.responsibilityProposal.title')}
      </Title>
      <Text size="sm">{rows.length ? t('documents.responsibilityProposal.intro') : t('documents.responsibilityProposal.noneKept')}</Text>
      {rows.map((row, index) => (
        <Fieldset key={row.key} legend={t('documents.responsibilityProposal.legend', { number: index + 1 })}>
          <Stack gap="xs">
            <TextInput
              id={documentFieldId(`responsibilities.${index}.party`)}
              label={t('documents.responsibilities.party')}
              required
              maxLength={200}
              {...form.getInputProps(`responsibilities.${index}.party`)}
            />
            <Textarea
              id={documentFieldId(`responsibilities.${index}.responsibility`)}
              label={t('documents.responsibilities.responsibility')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps(`responsibilities.${index}.responsibility`)}
            />
            <Text size="sm" c="dimmed">
              {t('documents.responsibilityProposal.source')}: {row.source}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" size="xs" onClick={() => form.removeListItem('responsibilities', index)}>
                {t('documents.responsibilityProposal.remove', { party: row.party || index + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
    </Stack>
  );
}
