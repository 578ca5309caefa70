import { Stack, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/organisation';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePeopleList } from '../api/get-people';
import { useUpdatePerson } from '../api/update-person';
import { fromPerson } from '../lib/person-form-values';
import { PersonForm } from './person-form';
import { PersonSignInHold } from './person-sign-in-hold';
import { HistorySection } from '../../../kit/history/history-section';

const route = getRouteApi('/_authed/admin/personer/$id/redigera');

export function PersonEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  // The API has no call for one person: the list is read, and the person found in it.
  const list = usePeopleList();
  const update = useUpdatePerson();
  // Frozen at first read: a background refetch must never swap the data under a half-edited form.
  const [snapshot, setSnapshot] = useState<Person | null>(null);
  const found = list.data?.items.find((p) => p.id === id);
  if (!snapshot && found) setSnapshot(found);
  const person = snapshot ?? found;
  useDocumentTitle(person ? t('organisation.people.editTitle', { name: person.name }) : t('organisation.people.notFound'));

  if (list.isPending) return <PageLoader />;
  if (!person) {
    return (
      <Stack gap="sm">
        <Title order={1}>{t('organisation.people.notFound')}</Title>
        {list.isError && <ErrorAlert error={list.error} />}
        <AnchorLink to="/admin/personer">{t('organisation.people.backToList')}</AnchorLink>
      </Stack>
    );
  }

  const reloadLatest = async () => {
    const latest = await list.refetch();
    const fresh = latest.data?.items.find((p) => p.id === id);
    if (fresh) setSnapshot(fresh);
    update.reset();
  };

  return (
    <Stack gap="md" maw={880}>
      <AnchorLink to="/admin/personer" size="sm">
        {t('organisation.people.backToList')}
      </AnchorLink>
      <Title order={1}>{t('organisation.people.editTitle', { name: person.name })}</Title>
      <PersonForm
        // A new row version (after reloading) starts the form again from the saved data.
        key={person.rowVersion}
        initialValues={fromPerson(person)}
        hadLogin={Boolean(person.login)}
        submitLabel={t('organisation.people.editSubmit')}
        submitting={update.isPending}
        error={update.error}
        reloading={list.isFetching}
        onReloadLatest={() => void reloadLatest()}
        onCancel={() => void navigate({ to: '/admin/personer' })}
        onSubmit={(input) =>
          update.mutate(
            { id, rowVersion: person.rowVersion, input },
            {
              onSuccess: async (saved) => {
                notifySuccess(t('organisation.people.editDone', { name: saved.name }));
                await navigate({ to: '/admin/personer' });
              },
            },
          )
        }
      />
      {person.login && <PersonSignInHold person={person} />}
      {/* Leaving: what the person answers for is listed and handed over before (or as) they are deactivated. */}
      <div>
        <ButtonLink to="/admin/personer/$id/overlamning" params={{ id }} variant="outline" color="#b02525">
          {t('organisation.people.handover')}
        </ButtonLink>
      </div>
      <HistorySection type="person" id={person.id} />
    </Stack>
  );
}
