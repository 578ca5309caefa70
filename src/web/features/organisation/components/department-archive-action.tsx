import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/organisation';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useArchiveDepartment } from '../api/archive-department';
import { ArchiveRowAction } from './archive-row-action';

interface DepartmentArchiveActionProps {
  department: Department;
  onReload: () => Promise<unknown>;
  /** The department is archived: its row (and this button) leaves the list. */
  onArchived: (id: string) => void;
}

/** Archived, never deleted. While people or systems belong to it, the server says how many (409). */
export function DepartmentArchiveAction({ department, onReload, onArchived }: DepartmentArchiveActionProps) {
  const { t } = useTranslation();
  const archive = useArchiveDepartment();
  return (
    <ArchiveRowAction
      record={department}
      archive={archive}
      text={{
        action: t('organisation.departments.archive'),
        title: t('organisation.departments.archiveTitle', { name: department.name }),
        body: t('organisation.departments.archiveBody'),
        done: t('organisation.departments.archiveDone', { name: department.name }),
        failed: t('organisation.departments.archiveFailed'),
      }}
      whenRefused={
        <AnchorLink to="/system" search={{ department: department.id }}>
          {t('organisation.departments.showSystems', { name: department.name })}
        </AnchorLink>
      }
      onReload={onReload}
      onArchived={onArchived}
    />
  );
}
