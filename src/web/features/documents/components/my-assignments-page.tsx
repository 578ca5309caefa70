import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useMyAssignments } from '../api/assignments';
import { AssignmentList } from './assignment-list';

/** "Mina uppdrag": the assignments the signed-in person owns, by deadline, overdue ones flagged. */
export function MyAssignmentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.assignments.mine'));
  const query = useMyAssignments();
  const overdue = query.data?.items.filter((a) => a.overdue).length ?? 0;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('documents.assignments.mine')}</Title>
      <Text>{t('documents.assignments.mineIntro')}</Text>
      {overdue > 0 && <Text fw={600}>{t('documents.assignments.overdueCount', { count: overdue })}</Text>}
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && <AssignmentList items={query.data.items} showDocument onReload={() => query.refetch()} label={t('documents.assignments.mine')} />}
    </Stack>
  );
}
