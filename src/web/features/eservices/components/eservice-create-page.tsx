import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateEservice } from '../api/save-eservice';
import { emptyEservice } from '../lib/form-values';
import { EserviceForm } from './eservice-form';

export function EserviceCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('eservices.create.title'));
  const navigate = useNavigate();
  const create = useCreateEservice();
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/e-tjanster" size="sm">
        {t('eservices.detail.back')}
      </AnchorLink>
      <Title order={1}>{t('eservices.create.title')}</Title>
      <EserviceForm
        initialValues={emptyEservice(new Date().getFullYear())}
        submitLabel={t('eservices.form.submitCreate')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/e-tjanster' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('eservices.create.done', { name: created.name }));
              await navigate({ to: '/e-tjanster/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
