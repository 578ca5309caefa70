import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { PageLoader } from '../../../kit/page-loader';
import { useResponsibilities } from '../api/responsibilities';
import { ResponsibilityEditor } from './responsibility-editor';
import { ResponsibilityTable } from './responsibility-table';

/** The document's responsibility table, edited in place by who may change the document while it is a draft or on remiss. */
export function ResponsibilitySection({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const query = useResponsibilities(documentId);
  const [editing, setEditing] = useState(false);
  const table = query.data;
  return (
    <section aria-labelledby="document-responsibilities">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="document-responsibilities">
            {t('documents.responsibilities.title')}
          </Title>
          {table?.allowedUpdate && !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('documents.responsibilities.edit')}
            </Button>
          )}
        </Group>
        {query.isPending && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} />}
        {table && !editing && <ResponsibilityTable rows={table.rows} />}
        {table && !editing && !table.allowedUpdate && table.rows.length > 0 && <Text size="sm">{t('documents.responsibilities.frozenHint')}</Text>}
        {table && editing && <ResponsibilityEditor documentId={documentId} table={table} onClose={() => setEditing(false)} onReload={() => void query.refetch().then(() => setEditing(false))} />}
      </Stack>
    </section>
  );
}
