import { Button, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/organisation';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useArchivePerson } from '../api/archive-person';

interface PersonArchiveActionProps {
  person: Person;
  onReload: () => Promise<unknown>;
  /** The person is archived: their row (and this button) leaves the list. */
  onArchived: (id: string) => void;
}

/** The person leaves: archived, their login ends. Refused (409) while they own or manage systems. */
export function PersonArchiveAction({ person, onReload, onArchived }: PersonArchiveActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [archived, setArchived] = useState(false);
  const archive = useArchivePerson();
  const conflict = isApiError(archive.error) && archive.error.status === 412;
  // 409: still in use. Trying again changes nothing until the reason is dealt with elsewhere.
  const refused = isApiError(archive.error) && archive.error.status === 409;
  const close = () => {
    setOpened(false);
    archive.reset();
  };
  const confirm = () =>
    archive.mutate(
      { id: person.id, rowVersion: person.rowVersion },
      {
        onSuccess: () => {
          setArchived(true);
          setOpened(false);
          notifySuccess(t('organisation.people.archiveDone', { name: person.name }));
          onArchived(person.id);
        },
      },
    );

  return (
    <>
      <Button size="compact-sm" variant="outline" color="#b02525" onClick={() => setOpened(true)}>
        {t('organisation.people.archive')}
        <VisuallyHidden> {person.name}</VisuallyHidden>
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={archive.isPending}
        returnFocus={!archived}
        confirmDisabled={refused}
        danger
        title={t('organisation.people.archiveTitle', { name: person.name })}
        body={t(person.login ? 'organisation.people.archiveBodyLogin' : 'organisation.people.archiveBody')}
        confirmLabel={t('organisation.people.archive')}
      >
        {conflict && (
          <ConflictAlert
            message={isApiError(archive.error) ? archive.error.detail : undefined}
            onReload={() => void onReload().then(close)}
          />
        )}
        {archive.isError && !conflict && (
          <ErrorAlert error={archive.error} title={t('organisation.people.archiveFailed')} />
        )}
        {refused && (
          <AnchorLink to="/admin/personer/$id/overlamning" params={{ id: person.id }}>
            {t('organisation.people.handover')}
          </AnchorLink>
        )}
        {refused && (
          <AnchorLink to="/system" search={{ owner: person.id }}>
            {t('organisation.people.showOwnedSystems', { name: person.name })}
          </AnchorLink>
        )}
      </ConfirmDialog>
    </>
  );
}
