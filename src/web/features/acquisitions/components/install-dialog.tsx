import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../kit/forms/form-dialog';
import { currentLanguage } from '../../../kit/i18n';
import { useAgreementChoices } from '../../../kit/agreements/use-agreement-choices';
import { useInstallAcquisition } from '../api/install-acquisition';
import type { AcquisitionDetail } from '../api/types';
import { purchaseKinds } from '../lib/enums';
import { toInstallInput, type InstallValues } from '../lib/install-form-values';
import { validateInstall } from '../lib/install.validation';
import { answersInForce } from '../lib/route-steps';

interface InstallDialogProps {
  acquisition: AcquisitionDetail;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

/** Today as an ISO date in Swedish time. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** Registrera som installerat: the bought or joined solution becomes a system in the register. */
export function InstallDialog({ acquisition, opened, onClose, onReload, reloading }: InstallDialogProps) {
  const { t } = useTranslation();
  const install = useInstallAcquisition();
  const agreements = useAgreementChoices(opened).data ?? [];
  const inForce = answersInForce(acquisition.answers);
  const agreement = inForce.get('agreement')?.agreement ?? null;
  const partnerSystem = inForce.get('partner')?.system ?? null;
  const i = (key: string, options?: Record<string, unknown>) => t(`acquisitions.install.${key}`, options ?? {});
  const form = useForm<InstallValues>({
    initialValues: {
      name: partnerSystem?.name ?? acquisition.title,
      vendor: '',
      purchaseKind: acquisition.outcome === 'call_off' ? 'framework_agreement' : '',
      agreementId: agreement?.id ?? '',
      installedOn: today(),
    },
    validate: (values) => validateInstall(values, currentLanguage()),
  });
  const agreementOptions = agreements.map((a) => ({ value: a.id, label: `${a.name}${a.supplier ? ` (${a.supplier})` : ''}` }));
  if (agreement && !agreementOptions.some((o) => o.value === agreement.id)) agreementOptions.unshift({ value: agreement.id, label: agreement.name });

  return (
    <FormDialog
      opened={opened}
      size="lg"
      title={i('title')}
      intro={i('intro')}
      form={form}
      mutation={install}
      toVariables={(values) => ({ id: acquisition.id, rowVersion: acquisition.rowVersion, input: toInstallInput(values) })}
      submitLabel={i('submit')}
      doneMessage={(saved) => i('done', { name: saved.application?.name ?? form.getValues().name })}
      onClose={onClose}
      onReload={onReload}
      reloading={reloading}
      keepOpenOnReload
    >
      <TextInput id="install-name" label={i('name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput id="install-vendor" label={i('vendor')} {...form.getInputProps('vendor')} />
        <TextInput id="install-installedOn" label={i('installedOn')} type="date" required {...form.getInputProps('installedOn')} />
        <NativeSelect
          id="install-purchaseKind"
          label={i('purchaseKind')}
          data={[{ value: '', label: i('noneChosen') }, ...purchaseKinds.map((k) => ({ value: k, label: t(`acquisitions.purchaseKinds.${k}`) }))]}
          {...form.getInputProps('purchaseKind')}
        />
        <NativeSelect
          id="install-agreementId"
          label={i('agreementId')}
          data={[{ value: '', label: i('noneChosen') }, ...agreementOptions]}
          {...form.getInputProps('agreementId')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
