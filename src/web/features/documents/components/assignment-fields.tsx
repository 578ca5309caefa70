import { Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/documents';
import { usePeople } from '../../../kit/organisation/use-people';

/** What a person fills in for an assignment, given or changed: the same fields in both dialogs. */
export interface AssignmentValues {
  itemId: string | null;
  title: string;
  description: string;
  ownerId: string | null;
  dueOn: string;
}

const ASSIGNMENT_REQUIRED: (keyof AssignmentValues)[] = ['itemId', 'title', 'ownerId', 'dueOn'];

/** Every required field filled in, in words the person reads beside the field. */
export const requiredRules = (message: string) =>
  Object.fromEntries(ASSIGNMENT_REQUIRED.map((f) => [f, (v: unknown) => (typeof v === 'string' && v.trim() ? null : message)]));

/** Every item of the tree, in reading order, labelled with its number and title. */
const flatten = (items: Item[], depth = 0): { value: string; label: string }[] =>
  items.flatMap((i) => [{ value: i.id, label: `${'– '.repeat(depth)}${[i.number, i.title].filter(Boolean).join(' ')}` }, ...flatten(i.children, depth + 1)]);

/**
 * The item (only where the document's items are at hand), what is to be done, more about it, who
 * answers for it and by when. fieldId gives each input the id the error summary links to.
 */
export function AssignmentFields({ form, fieldId, items }: { form: UseFormReturnType<AssignmentValues>; fieldId: (path: string) => string; items?: Item[] }) {
  const { t } = useTranslation();
  const people = usePeople().data ?? [];
  return (
    <>
      {items && <Select id={fieldId('itemId')} label={t('documents.assignments.fields.itemId')} data={flatten(items)} searchable required {...form.getInputProps('itemId')} />}
      <TextInput id={fieldId('title')} label={t('documents.assignments.fields.title')} description={t('documents.assignments.titleHint')} required maxLength={500} {...form.getInputProps('title')} />
      <Textarea id={fieldId('description')} label={t('documents.assignments.fields.description')} autosize minRows={2} maxLength={5000} {...form.getInputProps('description')} />
      <Select
        id={fieldId('ownerId')}
        label={t('documents.assignments.fields.ownerId')}
        data={people.map((p) => ({ value: p.id, label: p.name }))}
        searchable
        required
        {...form.getInputProps('ownerId')}
      />
      <TextInput id={fieldId('dueOn')} type="date" label={t('documents.assignments.fields.dueOn')} required {...form.getInputProps('dueOn')} />
    </>
  );
}
