import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../shared/itplan-merge';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { useDismiss, useMerge } from '../api/candidates';

interface CandidateDialogProps {
  roundId: string;
  item: Candidate;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

/** A value that must not be blank: null when given, else the message. */
const required = (message: string) => (value: string) => (value.trim() ? null : message);

/** Slå samman: the two needs' initiatives become one, under the title given. */
export function MergeDialog({ roundId, item, ...dialog }: CandidateDialogProps) {
  const { t } = useTranslation();
  const c = (key: string) => t(`planMerge.merge.${key}`);
  const merge = useMerge(roundId);
  const form = useForm({ initialValues: { title: item.needs[0]!.title }, validate: { title: required(c('titleRequired')) } });
  return (
    <FormDialog {...dialog} title={c('title')} intro={c('intro')} form={form} mutation={merge} toVariables={({ title }) => ({ needs: item.needs, title })} submitLabel={c('submit')} doneMessage={c('done')}>
      <TextInput id="merge-title" label={c('titleLabel')} required {...form.getInputProps('title')} />
    </FormDialog>
  );
}

/** Inte samma behov: the pair is dismissed with a reason and not proposed again. */
export function DismissDialog({ roundId, item, ...dialog }: CandidateDialogProps) {
  const { t } = useTranslation();
  const c = (key: string) => t(`planMerge.dismiss.${key}`);
  const dismiss = useDismiss(roundId);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: required(c('reasonRequired')) } });
  const needs = item.needs.map(({ id, rowVersion }) => ({ id, rowVersion }));
  return (
    <FormDialog {...dialog} title={c('title')} intro={c('intro')} form={form} mutation={dismiss} toVariables={({ reason }) => ({ needs, reason })} submitLabel={c('submit')} doneMessage={c('done')}>
      <Textarea id="dismiss-reason" label={c('reason')} required autosize minRows={3} {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
