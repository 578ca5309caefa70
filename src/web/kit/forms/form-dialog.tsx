import { Button, Group, Modal, type MantineSize, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api-error';
import { ConflictAlert } from '../conflict-alert';
import { ErrorAlert } from '../error-alert';
import { notifySuccess } from '../notify';
import { ErrorSummary } from './error-summary';
import { isConflict, useServerFieldErrors } from './use-server-field-errors';

/** The part of a TanStack mutation a form dialog drives (a `useMutation` result fits). */
interface DialogMutation<Variables, Result> {
  mutateAsync: (variables: Variables) => Promise<Result>;
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

interface FormDialogProps<Values, Variables, Result> {
  /** Shown while true; a dialog mounted only while open leaves it out. */
  opened?: boolean;
  title: string;
  size?: MantineSize;
  /** In the middle of the screen rather than near its top. */
  centered?: boolean;
  /** A line above the fields that says what saving does. */
  intro?: string;
  form: UseFormReturnType<Values>;
  mutation: DialogMutation<Variables, Result>;
  /** The mutation's variables from the form's values (with the record's rowVersion where it saves with If-Match). */
  toVariables: (values: Values) => Variables;
  submitLabel: string;
  /** The submit button in red: saving ends or removes something. */
  danger?: boolean;
  /** Said in a notification once saved (from what the server answered, where it names it); the dialog then closes. */
  doneMessage: string | ((result: Result) => string);
  /** After the dialog has closed on success, e.g. to go to what was created. */
  onDone?: (result: Result) => void;
  onClose: () => void;
  /**
   * Someone else saved first (412): the alert's button calls this to fetch the latest, and the
   * dialog closes (see keepOpenOnReload). Without it a 412 is shown like any other error.
   */
  onReload?: () => void | Promise<unknown>;
  reloading?: boolean;
  /** What the conflict alert says, where the dialog has words of its own for it. */
  conflictMessage?: string;
  /** After a conflict only the alert's way forward is offered: the submit button waits for the reload. */
  blockOnConflict?: boolean;
  /**
   * The dialog stays open through the reload, keeping what was typed, so it can be saved over the
   * newer version; the alert goes once the reload (onReload's promise, if it returns one) is done.
   */
  keepOpenOnReload?: boolean;
  /**
   * Every error of the form listed above the fields, each a link to its field (label: the path in
   * words; fieldId: its input's DOM id); focus moves there after each failed save.
   */
  errorSummary?: { label: (path: string) => string; fieldId: (path: string) => string };
  /** After a save the form's own checks refused, e.g. to move focus to the one field. */
  onInvalid?: () => void;
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
  // Grows with every failed save, so the error summary takes focus again.
  const [attempt, setAttempt] = useState(0);
  const failed = () => setAttempt((n) => n + 1);
  useServerFieldErrors(mutation.error, form.setErrors, failed);
  const invalid = () => {
    failed();
    props.onInvalid?.();
  };
  const error = mutation.error;
  const conflict = isConflict(error) && onReload !== undefined;
  const onFields = isApiError(error) && error.errors.length > 0;
  const close = () => {
    mutation.reset();
    setAttempt(0);
    onClose();
  };
  const reload = () => {
    if (props.keepOpenOnReload) {
      void Promise.resolve(onReload?.()).finally(() => mutation.reset());
      return;
    }
    mutation.reset();
    void onReload?.();
    onClose();
  };
  const summary = props.errorSummary;
  return (
    <Modal
      opened={props.opened ?? true}
      onClose={close}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size={props.size}
      centered={props.centered}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(
          // Awaited rather than mutate's onSuccess, which TanStack skips once the dialog has
          // unmounted: saving often removes the button that holds the dialog (install, replace),
          // and the notification would be lost. A failure stays in mutation.error, shown above.
          (values) =>
            void mutation.mutateAsync(props.toVariables(values)).then(
              (result) => {
                notifySuccess(typeof props.doneMessage === 'function' ? props.doneMessage(result) : props.doneMessage);
                setAttempt(0);
                onClose();
                props.onDone?.(result);
              },
              () => undefined,
            ),
          invalid,
        )}
      >
        <Stack gap="sm">
          {props.intro && <Text size="sm">{props.intro}</Text>}
          {conflict && <ConflictAlert reloading={props.reloading} onReload={reload} message={props.conflictMessage} />}
          {summary && attempt > 0 && <ErrorSummary errors={form.errors} attempt={attempt} label={summary.label} fieldId={summary.fieldId} />}
          {Boolean(error) && !conflict && !onFields && <ErrorAlert error={error} />}
          {props.children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={props.danger ? '#b02525' : undefined} loading={mutation.isPending} disabled={conflict && props.blockOnConflict}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
