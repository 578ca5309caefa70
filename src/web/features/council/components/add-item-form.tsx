import { Button, Fieldset, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { subjectKinds } from '../../../../shared/council';
import { ErrorAlert } from '../../../kit/error-alert';
import { useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { useAddItem } from '../api/add-item';
import { useAcquisitionChoices } from '../api/get-acquisition-choices';
import { useDocumentChoices, useProjectChoices } from '../api/get-project-choices';
import { validateItem } from '../lib/council.validation';
import { toItemInput, type ItemValues } from '../lib/form-values';

/** Puts a matter on the agenda: about a project, a steering document or an acquisition (chosen by name) or something else. */
export function AddItemForm({ meetingId, projectId }: { meetingId: string; projectId?: string }) {
  const { t } = useTranslation();
  const add = useAddItem();
  const projects = useProjectChoices().data ?? [];
  const documents = useDocumentChoices().data ?? [];
  const form = useForm<ItemValues>({
    initialValues: { title: '', subjectKind: 'project', subjectId: projectId ?? '', background: '' },
    // subjectTitle (below: it reads the kind chosen in the form) is there by the time a save validates.
    validate: (values) => validateItem(subjectTitle)(values, currentLanguage()),
  });
  // Arriving from a project's page: the project is chosen; focus goes to it so the way on is clear.
  const projectRef = useRef<HTMLSelectElement>(null);
  const loaded = projects.length > 0;
  useEffect(() => {
    if (projectId && loaded) projectRef.current?.focus();
  }, [projectId, loaded]);
  useServerFieldErrors(add.error, form.setErrors, () => undefined);
  const a = (key: string) => t(`council.addItem.${key}`);
  // Read as text: the acquisition kind joins the shared list with the acquisitions module.
  const kind: string = form.getValues().subjectKind;
  const acquisitions = useAcquisitionChoices(kind === 'acquisition').data ?? [];
  const subjectTitle = (subjectKind: string, id: string) =>
    subjectKind === 'document'
      ? (documents.find((d) => d.id === id)?.title ?? '')
      : subjectKind === 'acquisition'
        ? (acquisitions.find((q) => q.id === id)?.title ?? '')
        : (projects.find((p) => p.id === id)?.name ?? '');
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        add.mutate(
          { meetingId, input: toItemInput(values, subjectTitle) },
          {
            onSuccess: () => {
              notifySuccess(a('done'));
              form.setValues({ title: '', subjectKind: 'project', subjectId: '', background: '' });
            },
          },
        ),
      )}
    >
      <Fieldset legend={a('title')}>
        <Stack gap="sm">
          {add.error && !(add.error as { errors?: unknown[] }).errors?.length ? <ErrorAlert error={add.error} /> : null}
          <NativeSelect
            id="item-subjectKind"
            label={a('subjectKind')}
            data={subjectKinds.map((k) => ({ value: k, label: t(`council.subjectKinds.${k}`) }))}
            {...form.getInputProps('subjectKind')}
            onChange={(event) => {
              // A project's id means nothing as a document or an acquisition: the choice starts over.
              form.setFieldValue('subjectKind', event.currentTarget.value as (typeof subjectKinds)[number]);
              form.setFieldValue('subjectId', '');
            }}
          />
          {kind === 'project' && (
            <NativeSelect
              ref={projectRef}
              id="item-subjectId"
              label={a('project')}
              data={[{ value: '', label: '–' }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
              {...form.getInputProps('subjectId')}
            />
          )}
          {kind === 'document' && (
            <NativeSelect
              id="item-subjectId"
              label={a('document')}
              data={[{ value: '', label: '–' }, ...documents.map((d) => ({ value: d.id, label: d.title }))]}
              {...form.getInputProps('subjectId')}
            />
          )}
          {kind === 'acquisition' && (
            <NativeSelect
              id="item-subjectId"
              label={a('acquisition')}
              data={[{ value: '', label: '–' }, ...acquisitions.map((q) => ({ value: q.id, label: `${q.title} (${q.departmentName})` }))]}
              {...form.getInputProps('subjectId')}
            />
          )}
          <TextInput id="item-title" label={a('itemTitle')} required={kind === 'other'} {...form.getInputProps('title')} />
          <Textarea id="item-background" label={a('background')} autosize minRows={2} {...form.getInputProps('background')} />
          <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
            {a('submit')}
          </Button>
        </Stack>
      </Fieldset>
    </form>
  );
}
