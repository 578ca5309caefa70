import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
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
  const w = (key: string) => t(`acquisitions.withdraw.${key}`);
  const form = useForm<WithdrawValues>({ initialValues: { reason: '' }, validate: (values) => validateWithdraw(values, currentLanguage()) });
  return (
    <FormDialog
      opened={opened}
      title={w('title')}
      intro={w('intro')}
      form={form}
      mutation={withdraw}
      toVariables={(values) => ({ id: acquisition.id, rowVersion: acquisition.rowVersion, reason: values.reason })}
      submitLabel={w('submit')}
      danger
      doneMessage={w('done')}
      onClose={onClose}
      onReload={onReload}
      reloading={reloading}
      keepOpenOnReload
    >
      <Textarea id="withdraw-reason" label={w('reason')} required autosize minRows={3} {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
