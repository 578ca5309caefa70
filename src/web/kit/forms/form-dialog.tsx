import { Button, Group, Modal, type MantineSize, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api-error';
import { ConflictAlert } from '../conflict-alert';
import { ErrorAlert } from '../error-alert';
import { notifySuccess } from '../notify';
import { isConflict, useServerFieldErrors } from './use-server-field-errors';

/** The part of a TanStack mutation a form dialog drives (a `useMutation` result fits). */
interface DialogMutation<Variables, Result> {
  mutate: (variables: Variables, options: { onSuccess: (result: Result) => void }) => void;
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

interface FormDialogProps<Values, Variables, Result> {
  /** Shown while true; a dialog mounted only while open leaves it out. */
  opened?: boolean;
  title: string;
  size?: MantineSize;
  /** A line above the fields that says what saving does. */
  intro?: string;
  form: UseFormReturnType<Values>;
  mutation: DialogMutation<Variables, Result>;
  /** The mutation's variables from the form's values (with the record's rowVersion where it saves with If-Match). */
  toVariables: (values: Values) => Variables;
  submitLabel: string;
  /** Said in a notification once saved; the dialog then closes. */
  doneMessage: string;
  /** After the dialog has closed on success, e.g. to go to what was created. */
  onDone?: (result: Result) => void;
  onClose: () => void;
  /**
   * Someone else saved first (412): the alert's button calls this to fetch the latest, and the
   * dialog closes. Without it a 412 is shown like any other error.
   */
  onReload?: () => void;
  reloading?: boolean;
  /** The fields. */
  children: ReactNode;
}

/**
 * A modal dialog around a form that saves with one mutation: the server's field errors land on
 * the fields, a conflict or any other error is said above them, Cancel and the submit button
 * (busy while saving) close it. On success a notification says so and the dialog closes.
 */
export function FormDialog<Values, Variables, Result>(props: FormDialogProps<Values, Variables, Result>) {
  const { form, mutation, onClose, onReload } = props;
  const { t } = useTranslation();
  useServerFieldErrors(mutation.error, form.setErrors, () => undefined);
  const error = mutation.error;
  const conflict = isConflict(error) && onReload !== undefined;
  const onFields = isApiError(error) && error.errors.length > 0;
  const close = () => {
    mutation.reset();
    onClose();
  };
  const reload = () => {
    mutation.reset();
    onReload?.();
    onClose();
  };
  return (
    <Modal opened={props.opened ?? true} onClose={close} title={props.title} closeButtonProps={{ 'aria-label': t('common.close') }} size={props.size}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(props.toVariables(values), {
            onSuccess: (result) => {
              notifySuccess(props.doneMessage);
              onClose();
              props.onDone?.(result);
            },
          }),
        )}
      >
        <Stack gap="sm">
          {props.intro && <Text size="sm">{props.intro}</Text>}
          {conflict && <ConflictAlert reloading={props.reloading} onReload={reload} />}
          {Boolean(error) && !conflict && !onFields && <ErrorAlert error={error} />}
          {props.children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
