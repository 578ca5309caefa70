import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/organisation';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useArchivePerson } from '../api/archive-person';
import { ArchiveRowAction } from './archive-row-action';

interface PersonArchiveActionProps {
  person: Person;
  onReload: () => Promise<unknown>;
  /** The person is archived: their row (and this button) leaves the list. */
  onArchived: (id: string) => void;
}

/** The person leaves: archived, their login ends. Refused (409) while they own or manage systems. */
export function PersonArchiveAction({ person, onReload, onArchived }: PersonArchiveActionProps) {
  const { t } = useTranslation();
  const archive = useArchivePerson();
  return (
    <ArchiveRowAction
      record={person}
      archive={archive}
      text={{
        action: t('organisation.people.archive'),
        title: t('organisation.people.archiveTitle', { name: person.name }),
        body: t(person.login ? 'organisation.people.archiveBodyLogin' : 'organisation.people.archiveBody'),
        done: t('organisation.people.archiveDone', { name: person.name }),
        failed: t('organisation.people.archiveFailed'),
      }}
      whenRefused={
        <>
          <AnchorLink to="/admin/personer/$id/overlamning" params={{ id: person.id }}>
            {t('organisation.people.handover')}
          </AnchorLink>
          <AnchorLink to="/system" search={{ owner: person.id }}>
            {t('organisation.people.showOwnedSystems', { name: person.name })}
          </AnchorLink>
        </>
      }
      onReload={onReload}
      onArchived={onArchived}
    />
  );
}
