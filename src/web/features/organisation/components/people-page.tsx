import { Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { ButtonLink } from '../../../kit/links/button-link';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { PageLoader } from '../../../kit/page-loader';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useFocusAfterRemoval } from '../../../kit/use-focus-after-removal';
import { usePeopleList } from '../api/get-people';
import { PeopleTable } from './people-table';

/** Everyone in the municipality, who may log in and as what; add, change and archive them. */
export function PeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.people.title'));
  const session = useSession();
  const list = usePeopleList();
  const departments = useDepartments().data ?? [];
  const all = list.data?.items;
  const focus = useFocusAfterRemoval<HTMLHeadingElement>(useMemo(() => (all ?? []).map((p) => p.id), [all]));
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim().toLocaleLowerCase('sv'));
  const people = (list.data?.items ?? []).filter(
    (p) => !deferred || [p.name, p.email, p.title].some((v) => v?.toLocaleLowerCase('sv').includes(deferred)),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} ref={focus.ref} tabIndex={-1}>
            {t('admin.people.title')}
          </Title>
          <Text>{t('organisation.people.intro')}</Text>
        </div>
        {list.data?.allowedManage && <ButtonLink to="/admin/personer/ny">{t('organisation.people.create')}</ButtonLink>}
      </Group>
      <TextInput
        label={t('organisation.people.search')}
        description={t('organisation.people.searchHint')}
        type="search"
        maw={420}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <Text role="status" fw={600}>
        {list.data ? t('organisation.people.count', { count: people.length }) : ''}
      </Text>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && people.length === 0 && <Text>{t('organisation.people.empty')}</Text>}
      {people.length > 0 && (
        <PeopleTable
          people={people}
          departments={departments}
          caption={t('organisation.people.caption')}
          selfId={session?.person.id}
          onReload={() => list.refetch()}
          onArchived={focus.onRemoved}
        />
      )}
    </Stack>
  );
}
