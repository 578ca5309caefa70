import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Department, Person } from '../../../../shared/organisation';
import { ButtonLink } from '../../../kit/links/button-link';
import { ListTable } from '../../../kit/list-table';
import { PersonArchiveAction } from './person-archive-action';

interface PeopleTableProps {
  people: Person[];
  departments: Department[];
  caption: string;
  /** The admin's own person: never archived from here (the server refuses it too). */
  selfId: string | undefined;
  onReload: () => Promise<unknown>;
  onArchived: (id: string) => void;
}

export function PeopleTable({ people, departments, caption, selfId, onReload, onArchived }: PeopleTableProps) {
  const { t } = useTranslation();
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  return (
    <ListTable
      minWidth={1100}
      caption={caption}
      columns={[
        t('organisation.people.fields.name'),
        t('organisation.people.fields.title'),
        t('organisation.people.fields.departmentId'),
        t('organisation.people.fields.email'),
        t('organisation.people.fields.roleKey'),
        <Table.Th scope="col">
          <VisuallyHidden>{t('organisation.people.actions')}</VisuallyHidden>
        </Table.Th>,
      ]}
    >
      {people.map((person) => (
        <Table.Tr key={person.id}>
          <Table.Th scope="row" fw={500}>
            {person.name}
          </Table.Th>
          <Table.Td>{person.title ?? '–'}</Table.Td>
          <Table.Td>{(person.departmentId && departmentName.get(person.departmentId)) || '–'}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{person.email ?? '–'}</Table.Td>
          <Table.Td>
            {person.login ? (
              person.login.roleName
            ) : (
              <Text span inherit c="dimmed">
                {t('organisation.people.noLogin')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap" justify="flex-end">
              <ButtonLink
                to="/admin/personer/$id/redigera"
                params={{ id: person.id }}
                size="compact-sm"
                variant="outline"
              >
                {t('organisation.people.edit')}
                <VisuallyHidden> {person.name}</VisuallyHidden>
              </ButtonLink>
              {person.id !== selfId && <PersonArchiveAction person={person} onReload={onReload} onArchived={onArchived} />}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
