import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/organisation';
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
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="sm" c="dimmed">
            {t('organisation.departments.caption')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisation.departments.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('organisation.departments.fields.code')}</Table.Th>
            {allowedManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('organisation.departments.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
