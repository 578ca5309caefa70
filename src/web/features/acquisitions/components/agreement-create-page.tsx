import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateAgreement } from '../api/create-agreement';
import { emptyAgreement } from '../lib/agreement-form-values';
import { AgreementForm } from './agreement-form';

export function AgreementCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.create.title'));
  const navigate = useNavigate();
  const create = useCreateAgreement();
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/avtal" size="sm">
        {t('agreements.detail.back')}
      </AnchorLink>
      <Title order={1}>{t('agreements.create.title')}</Title>
      <AgreementForm
        initialValues={emptyAgreement}
        submitLabel={t('agreements.create.submit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/avtal' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('agreements.create.done', { name: created.name }));
              await navigate({ to: '/avtal/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
