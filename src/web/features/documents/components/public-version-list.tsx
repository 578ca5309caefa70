import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { usePublicVersions } from '../api/public-versions';

/** Every decided version of a published document, each a link to the version on its own page. */
export function PublicVersionList({ organisationId, id }: { organisationId: string; id: string }) {
  const { t } = useTranslation();
  const query = usePublicVersions(organisationId, id);
  return (
    <section aria-labelledby="public-versions">
      <Stack gap="xs">
        <Title order={2} size="h3" id="public-versions">
          {t('documents.public.versions')}
        </Title>
        {query.isError && <ErrorAlert error={query.error} />}
        {query.data && (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {query.data.items.map((v) => (
              <li key={v.version}>
                <AnchorLink to="/offentlig/$organisationId/styrdokument/$id/version/$version" params={{ organisationId, id, version: String(v.version) }}>
                  {t('documents.public.versionLink', { version: v.version })}
                </AnchorLink>
                <Text span size="sm">
                  {' '}
                  {t('documents.public.versionDecision', { body: v.decidingBody ?? '–', date: formatDate(v.decidedOn), diarienummer: v.diarienummer ?? '–' })}
                  {v.inForce ? ` · ${t('documents.public.inForce')}` : ''}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
