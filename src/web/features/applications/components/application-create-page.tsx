import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../kit/notify';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateApplication } from '../api/create-application';
import { emptyFormValues } from '../lib/form-values';
import { ApplicationForm } from './application-form';

export function ApplicationCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.create.title'));
  const navigate = useNavigate();
  const create = useCreateApplication();
  const [initialValues] = useState(emptyFormValues);

  return (
    <Stack gap="md" maw={960}>
      <Title order={1}>{t('applications.create.title')}</Title>
      <ApplicationForm
        initialValues={initialValues}
        submitLabel={t('applications.create.submit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/system' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('applications.create.done', { name: created.name }));
              await navigate({ to: '/system/$id', params: { id: created.id } });
            },
          })
        }
      />
    </Stack>
  );
}
