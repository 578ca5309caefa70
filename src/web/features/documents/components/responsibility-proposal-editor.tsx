import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { documentFieldId } from '../lib/field-label';
import type { DocumentForm } from '../lib/form-values';

/**
 * An import's proposed responsibility table in the review: each row editable and removable, with
 * the table row or sentence it was read from and the person or department its party matched in the
 * register (changeable); the rows left are saved with the document. While rows are kept the body
 * leaves out what they say; when the last one is removed, the full text comes back to the body
 * (unless the person has changed the body meanwhile).
 */
export function ResponsibilityProposalEditor({ form }: { form: DocumentForm }) {
  const { t } = useTranslation();
  const people = usePeople().data ?? [];
  const departments = useDepartments().data ?? [];
  const rows = form.values.responsibilities;
  if (!rows) return null;
  const remove = (index: number) => {
    form.removeListItem('responsibilities', index);
    const bodies = form.values.responsibilityBodies;
    if (rows.length === 1 && bodies && form.values.body === bodies.without) form.setFieldValue('body', bodies.full);
  };
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
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <NativeSelect
                id={documentFieldId(`responsibilities.${index}.personId`)}
                label={t('documents.responsibilityProposal.person')}
                description={row.personId ? t('documents.responsibilityProposal.matched', { party: row.party }) : undefined}
                data={[{ value: '', label: t('documents.responsibilityProposal.noPerson') }, ...people.map((p) => ({ value: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }))]}
                {...form.getInputProps(`responsibilities.${index}.personId`)}
              />
              <NativeSelect
                id={documentFieldId(`responsibilities.${index}.departmentId`)}
                label={t('documents.responsibilityProposal.department')}
                description={row.departmentId ? t('documents.responsibilityProposal.matched', { party: row.party }) : undefined}
                data={[{ value: '', label: t('documents.responsibilityProposal.noDepartment') }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
                {...form.getInputProps(`responsibilities.${index}.departmentId`)}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('documents.responsibilityProposal.source')}: {row.source}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" size="xs" onClick={() => remove(index)}>
                {t('documents.responsibilityProposal.remove', { party: row.party || index + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
    </Stack>
  );
}
