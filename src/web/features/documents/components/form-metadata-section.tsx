import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../../kit/organisation/use-people';
import { useDocumentTypes } from '../api/get-document-types';
import { useDocumentChoices } from '../api/get-documents';
import { documentFieldId as fieldId } from '../lib/field-label';
import type { DocumentForm } from '../lib/form-values';

interface FormMetadataSectionProps {
  form: DocumentForm;
  /** A decided document: the fields its decision froze are shown but not editable. */
  frozen: boolean;
  currentId?: string;
}

export function FormMetadataSection({ form, frozen, currentId }: FormMetadataSectionProps) {
  const { t } = useTranslation();
  const types = useDocumentTypes().data?.items ?? [];
  const people = usePeople().data ?? [];
  const documents = useDocumentChoices().data ?? [];
  const type = types.find((candidate) => candidate.id === form.values.typeId);
  const levelOf = new Map(types.map((candidate) => [candidate.key, candidate.level]));
  // A document derives from one of a higher level: a strategy from a policy, a plan from a guideline.
  const parents = documents.filter((d) => d.id !== currentId && (!type || (levelOf.get(d.typeKey) ?? 99) < type.level));
  const none = { value: '', label: t('documents.form.none') };
  // Frozen text stays legible and focusable (read-only), not greyed out as disabled.
  const frozenProps = frozen ? { readOnly: true, variant: 'filled' as const } : {};
  const typeHint = type
    ? t('documents.form.typeHint', {
        validity: type.validityYears ? t('documents.form.years', { count: type.validityYears }) : t('documents.form.untilRevised'),
        revision: type.revisionIntervalMonths
          ? t('documents.form.every', { interval: t('common.months', { count: type.revisionIntervalMonths }) })
          : t('documents.form.whenNeeded'),
        body: type.defaultDecidingBody,
      })
    : undefined;

  return (
    <Fieldset legend={t('documents.form.detailsSection')}>
      <Stack gap="sm">
        <TextInput id={fieldId('title')} label={t('documents.fields.title')} required {...frozenProps} maxLength={300} {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            id={fieldId('typeId')}
            label={t('documents.fields.typeId')}
            description={typeHint}
            required
            disabled={frozen}
            data={[{ value: '', label: t('documents.form.choose') }, ...types.map((candidate) => ({ value: candidate.id, label: candidate.name }))]}
            {...form.getInputProps('typeId')}
          />
          <TextInput
            id={fieldId('diarienummer')}
            label={t('documents.fields.diarienummer')}
            description={t('documents.form.diarienummerHint')}
            {...frozenProps}
            maxLength={50}
            {...form.getInputProps('diarienummer')}
          />
          <NativeSelect
            id={fieldId('ownerId')}
            label={t('documents.fields.ownerId')}
            data={[none, ...people.map((p) => ({ value: p.id, label: p.name }))]}
            {...form.getInputProps('ownerId')}
          />
          <TextInput
            id={fieldId('decidingBody')}
            label={t('documents.fields.decidingBody')}
            description={type ? t('documents.form.decidingBodyDefault', { body: type.defaultDecidingBody }) : t('documents.form.decidingBodyHint')}
            {...frozenProps}
            maxLength={200}
            {...form.getInputProps('decidingBody')}
          />
          <NativeSelect
            id={fieldId('parentId')}
            label={t('documents.fields.parentId')}
            description={t('documents.form.parentHint')}
            data={[none, ...parents.map((d) => ({ value: d.id, label: `${d.title} (${d.typeName})` }))]}
            {...form.getInputProps('parentId')}
          />
          <TextInput
            id={fieldId('nextRevisionOn')}
            type="date"
            label={t('documents.fields.nextRevisionOn')}
            description={t('documents.form.nextRevisionHint')}
            {...form.getInputProps('nextRevisionOn')}
          />
          <TextInput id={fieldId('validFrom')} type="date" label={t('documents.fields.validFrom')} {...frozenProps} {...form.getInputProps('validFrom')} />
          <TextInput id={fieldId('validTo')} type="date" label={t('documents.fields.validTo')} {...frozenProps} {...form.getInputProps('validTo')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
