import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateAcquisition } from '../api/create-acquisition';
import { emptyAcquisition } from '../lib/form-values';
import { AcquisitionForm } from './acquisition-form';

/** Anmäl behov: every IT acquisition starts as a reported need, and the IT council is told of it. */
export function AcquisitionCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('acquisitions.create.title'));
  const navigate = useNavigate();
  const create = useCreateAcquisition();
  // A need is usually reported for the reporter's own department: it starts chosen.
  const departmentId = useSession()?.department?.id ?? '';
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/anskaffning" size="sm">
        {t('acquisitions.detail.back')}
      </AnchorLink>
      <Title order={1}>{t('acquisitions.create.title')}</Title>
      <Text>{t('acquisitions.create.intro')}</Text>
      <AcquisitionForm
        initialValues={{ ...emptyAcquisition, departmentId }}
        submitLabel={t('acquisitions.create.submit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/anskaffning' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('acquisitions.create.done', { title: created.title }));
              await navigate({ to: '/anskaffning/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
