import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateProject } from '../api/create-project';
import { emptyProject } from '../lib/form-values';
import { ProjectForm } from './project-form';

export function ProjectCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.create.title'));
  const navigate = useNavigate();
  const create = useCreateProject();
  return (
    <Stack gap="md" maw={1100}>
      <AnchorLink to="/portfolj" size="sm">
        {t('portfolio.detail.back')}
      </AnchorLink>
      <Title order={1}>{t('portfolio.create.title')}</Title>
      <ProjectForm
        initialValues={emptyProject}
        submitLabel={t('portfolio.create.submit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/portfolj' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('portfolio.create.done', { name: created.name }));
              await navigate({ to: '/portfolj/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
