import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useFocusAfterRemoval } from '../../../kit/use-focus-after-removal';
import { useDepartmentList } from '../api/get-departments';
import { DepartmentCreateForm } from './department-create-form';
import { DepartmentsTable } from './departments-table';

/** The municipality's departments (förvaltningar): add, rename, archive. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.departments.title'));
  const list = useDepartmentList();
  const data = list.data;
  const items = data?.items;
  const focus = useFocusAfterRemoval<HTMLHeadingElement>(useMemo(() => (items ?? []).map((d) => d.id), [items]));

  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={1} ref={focus.ref} tabIndex={-1}>
          {t('admin.departments.title')}
        </Title>
        <Text>{t('organisation.departments.intro')}</Text>
      </div>
      <Text role="status" fw={600}>
        {data ? t('organisation.departments.count', { count: data.items.length }) : ''}
      </Text>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {data && data.items.length === 0 && <Text>{t('organisation.departments.empty')}</Text>}
      {data && data.items.length > 0 && (
        <DepartmentsTable
          departments={data.items}
          allowedManage={data.allowedManage}
          onReload={() => list.refetch()}
          onArchived={focus.onRemoved}
        />
      )}
      {data?.allowedManage && <DepartmentCreateForm />}
    </Stack>
  );
}
