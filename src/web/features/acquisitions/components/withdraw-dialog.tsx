import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { isConflict, isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { notifySuccess } from '../../../kit/notify';
import type { AcquisitionDetail } from '../api/types';
import { useWithdrawAcquisition } from '../api/withdraw-acquisition';
import { validateWithdraw, type WithdrawValues } from '../lib/withdraw.validation';

interface WithdrawDialogProps {
  acquisition: AcquisitionDetail;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

/** Återkalla behovet: the route stops, with the reason kept for the record and the council. */
export function WithdrawDialog({ acquisition, opened, onClose, onReload, reloading }: WithdrawDialogProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawAcquisition();
  const w = (key: string, options?: Record<string, unknown>) => t(`acquisitions.withdraw.${key}`, options ?? {});
  const form = useForm<WithdrawValues>({ initialValues: { reason: '' }, validate: (values) => validateWithdraw(values, currentLanguage()) });
  useServerFieldErrors(withdraw.error, form.setErrors, () => undefined);
  const close = () => {
    withdraw.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={w('title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          withdraw.mutate(
            { id: acquisition.id, rowVersion: acquisition.rowVersion, reason: values.reason },
            {
              onSuccess: () => {
                notifySuccess(w('done'));
                onClose();
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Text size="sm">{w('intro')}</Text>
          {isConflict(withdraw.error) && (
            <ConflictAlert
              reloading={reloading}
              onReload={() => {
                withdraw.reset();
                onReload();
              }}
            />
          )}
          {isOtherError(withdraw.error) && <ErrorAlert error={withdraw.error} />}
          <Textarea id="withdraw-reason" label={w('reason')} required autosize minRows={3} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="#b02525" loading={withdraw.isPending}>
              {w('submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
