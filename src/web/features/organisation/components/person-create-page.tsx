import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreatePerson } from '../api/create-person';
import { emptyPersonValues } from '../lib/person-form-values';
import { PersonForm } from './person-form';

export function PersonCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.people.createTitle'));
  const navigate = useNavigate();
  const create = useCreatePerson();
  const [initialValues] = useState(emptyPersonValues);

  return (
    <Stack gap="md" maw={880}>
      <AnchorLink to="/admin/personer" size="sm">
        {t('organisation.people.backToList')}
      </AnchorLink>
      <Title order={1}>{t('organisation.people.createTitle')}</Title>
      <PersonForm
        initialValues={initialValues}
        hadLogin={false}
        submitLabel={t('organisation.people.createSubmit')}
        submitting={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/admin/personer' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: async (created) => {
              notifySuccess(t('organisation.people.createDone', { name: created.name }));
              await navigate({ to: '/admin/personer' });
            },
          })
        }
      />
    </Stack>
  );
}
