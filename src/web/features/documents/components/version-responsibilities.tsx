import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { useVersionResponsibilities } from '../api/responsibilities';
import { ResponsibilityTable } from './responsibility-table';

/** The responsibility table as the version was decided; left out when the version had none. */
export function VersionResponsibilities({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const query = useVersionResponsibilities(id, version);
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!query.data || query.data.rows.length === 0) return null;
  return (
    <section aria-labelledby="version-responsibilities">
      <Title order={2} size="h3" id="version-responsibilities" mb="sm">
        {t('documents.responsibilities.title')}
      </Title>
      <ResponsibilityTable rows={query.data.rows} />
    </section>
  );
}
