import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/documents';
import { ErrorAlert } from '../../../kit/error-alert';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentAssignments } from '../api/assignments';
import { AssignmentCreateDialog } from './assignment-create-dialog';
import { AssignmentList } from './assignment-list';

/** The assignments (uppdrag) the document's items give, on the document's page. */
export function AssignmentSection({ documentId, items }: { documentId: string; items: Item[] }) {
  const { t } = useTranslation();
  const query = useDocumentAssignments(documentId);
  return (
    <section aria-labelledby="document-assignments">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="document-assignments">
            {t('documents.assignments.title')}
          </Title>
          {query.data?.allowedCreate && items.length > 0 && <AssignmentCreateDialog documentId={documentId} items={items} />}
        </Group>
        {query.isPending && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} />}
        {query.data && <AssignmentList items={query.data.items} showDocument={false} onReload={() => query.refetch()} label={t('documents.assignments.title')} />}
      </Stack>
    </section>
  );
}
