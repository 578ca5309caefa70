import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateDocument } from '../api/create-document';
import { emptyDocumentValues } from '../lib/form-values';
import { DocumentForm } from './document-form';

export function DocumentCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.create.title'));
  const navigate = useNavigate();
  const create = useCreateDocument();
  const session = useSession();
  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/styrdokument" size="sm">
        {t('documents.detail.backToList')}
      </AnchorLink>
      <Title order={1}>{t('documents.create.title')}</Title>
      <DocumentForm
        initialValues={{ ...emptyDocumentValues, ownerId: session?.person.id ?? '' }}
        submitLabel={t('documents.create.submit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/styrdokument' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('documents.create.done', { title: created.title }));
              await navigate({ to: '/styrdokument/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
