import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OverlapGroup } from '../../../../shared/applications';
import { addMonths, dateInSweden } from '../../../../shared/dates';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import { useMarkOverlap } from '../api/mark-overlap';
import { useUnmarkOverlap } from '../api/unmark-overlap';
import { overlapMarkStatusValues } from '../lib/enums';
import { validateOverlapMark, type OverlapMarkValues } from '../lib/overlap-mark.validation';

interface OverlapMarkDialogProps {
  group: OverlapGroup;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

/** Marks a group intended (avsiktlig) or under migration, with the reason and when to look again. */
export function OverlapMarkDialog({ group, opened, onClose, onReload, reloading }: OverlapMarkDialogProps) {
  const { t } = useTranslation();
  const m = (key: string, options?: Record<string, unknown>) => t(`applications.overlaps.mark.${key}`, options ?? {});
  const mark = useMarkOverlap();
  const unmark = useUnmarkOverlap();
  const form = useForm<OverlapMarkValues>({
    initialValues: group.mark
      ? { status: group.mark.status, reason: group.mark.reason, reviewOn: group.mark.reviewOn }
      : { status: 'intended', reason: '', reviewOn: addMonths(dateInSweden(new Date()), 12) },
    validate: (values) => validateOverlapMark(values, currentLanguage()),
  });
  useServerFieldErrors(mark.error, form.setErrors, () => undefined);
  const error = mark.error ?? unmark.error;
  // Someone else marked, changed or unmarked the group since the page was loaded (409 or 412).
  const stale = isApiError(error) && (error.status === 409 || error.status === 412);
  const close = () => {
    mark.reset();
    unmark.reset();
    onClose();
  };
  const save = form.onSubmit((input) =>
    mark.mutate(
      { capabilityId: group.capabilityId, rowVersion: group.mark?.rowVersion, input },
      {
        onSuccess: () => {
          notifySuccess(m('done', { name: group.capabilityName }));
          onClose();
        },
      },
    ),
  );
  const remove = () =>
    unmark.mutate(
      { capabilityId: group.capabilityId, rowVersion: group.mark!.rowVersion },
      {
        onSuccess: () => {
          notifySuccess(m('removed', { name: group.capabilityName }));
          onClose();
        },
      },
    );
  const id = (field: string) => `overlap-mark-${group.capabilityId}-${field}`;

  return (
    <Modal opened={opened} onClose={close} title={m('title', { name: group.capabilityName })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={save}>
        <Stack gap="sm">
          <Text size="sm">{m('intro')}</Text>
          {stale && (
            <ConflictAlert
              reloading={reloading}
              message={m('conflict')}
              onReload={() => {
                close();
                onReload();
              }}
            />
          )}
          {!stale && isOtherError(error) && <ErrorAlert error={error} />}
          <NativeSelect
            id={id('status')}
            label={m('status')}
            data={overlapMarkStatusValues.map((v) => ({ value: v, label: t(`enums.overlapMark.${v}`) }))}
            {...form.getInputProps('status')}
          />
          <Textarea id={id('reason')} label={m('reason')} required autosize minRows={3} maxLength={2000} {...form.getInputProps('reason')} />
          <TextInput id={id('reviewOn')} type="date" label={m('reviewOn')} required {...form.getInputProps('reviewOn')} />
          <Group justify="space-between">
            {group.mark ? (
              <Button variant="subtle" color="#b02525" onClick={remove} loading={unmark.isPending}>
                {m('remove')}
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mark.isPending}>
                {m('save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
