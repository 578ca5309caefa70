import { Group, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/organisation';
import { ListTable } from '../../../kit/list-table';
import { DepartmentArchiveAction } from './department-archive-action';
import { DepartmentRenameAction } from './department-rename-action';

interface DepartmentsTableProps {
  departments: Department[];
  allowedManage: boolean;
  onReload: () => Promise<unknown>;
  onArchived: (id: string) => void;
}

export function DepartmentsTable({ departments, allowedManage, onReload, onArchived }: DepartmentsTableProps) {
  const { t } = useTranslation();
  return (
    <ListTable
      minWidth={600}
      caption={t('organisation.departments.caption')}
      columns={[
        t('organisation.departments.fields.name'),
        t('organisation.departments.fields.code'),
        allowedManage && (
          <Table.Th scope="col">
            <VisuallyHidden>{t('organisation.departments.actions')}</VisuallyHidden>
          </Table.Th>
        ),
      ]}
    >
      {departments.map((department) => (
        <Table.Tr key={department.id}>
          <Table.Th scope="row" fw={500}>
            {department.name}
          </Table.Th>
          <Table.Td>{department.code ?? '–'}</Table.Td>
          {allowedManage && (
            <Table.Td>
              <Group gap="xs" wrap="nowrap" justify="flex-end">
                <DepartmentRenameAction department={department} onReload={onReload} />
                <DepartmentArchiveAction department={department} onReload={onReload} onArchived={onArchived} />
              </Group>
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </ListTable>
  );
}
