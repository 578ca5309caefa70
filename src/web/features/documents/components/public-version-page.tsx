import { Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePublicVersion } from '../api/public-versions';
import { validityLabel } from '../lib/version-label';
import { PublicDocumentSections, PublicUnavailable } from './public-document-view';

const route = getRouteApi('/offentlig/$organisationId/styrdokument/$id/version/$version');

/** One decided version on its own, as a citizen reads it, with its decision: never a draft, no login. */
export function PublicVersionPage() {
  const { t } = useTranslation();
  const { organisationId, id, version } = route.useParams();
  const number = Number(version);
  const query = usePublicVersion(organisationId, id, Number.isInteger(number) && number > 0 ? number : 0);
  const v = query.data;
  useDocumentTitle(v ? t('documents.public.versionTitle', { title: v.title, version: v.version }) : t('documents.public.documentTitle'));
  const back = (
    <AnchorLink to="/offentlig/$organisationId/styrdokument/$id" params={{ organisationId, id }} size="sm">
      {t('documents.public.backToDocument')}
    </AnchorLink>
  );
  if (query.isPending) return <PageLoader />;
  if (!v) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return <PublicUnavailable back={back} notFound={notFound ? t('documents.public.versionNotFound') : null} error={query.error} />;
  }
  const link = (n: number, label: string) => (
    <AnchorLink to="/offentlig/$organisationId/styrdokument/$id/version/$version" params={{ organisationId, id, version: String(n) }} size="sm">
      {label}
    </AnchorLink>
  );
  return (
    <Stack gap="lg" maw={960}>
      {back}
      <div>
        <Title order={1}>{v.title}</Title>
        <Text c="dimmed">
          {v.municipality} · {t('documents.public.versionLink', { version: v.version })} · {v.inForce ? t('documents.public.inForce') : t('documents.public.notInForce')}
        </Text>
      </div>
      <Group gap="lg">
        {v.previousVersion !== null && link(v.previousVersion, t('documents.public.previous', { version: v.previousVersion }))}
        {v.nextVersion !== null && link(v.nextVersion, t('documents.public.next', { version: v.nextVersion }))}
      </Group>
      <PublicDocumentSections
        idPrefix="public-version"
        facts={{
          id: 'decision',
          title: t('documents.public.decisionHeading'),
          items: [
            { label: t('documents.fields.typeId'), value: v.typeName },
            { label: t('documents.fields.decidingBody'), value: v.decidingBody ?? '–' },
            { label: t('documents.fields.decidedOn'), value: formatDate(v.decidedOn) },
            { label: t('documents.fields.diarienummer'), value: v.diarienummer ?? '–' },
            { label: t('documents.fields.validity'), value: validityLabel(t, v) },
          ],
        }}
        items={v.items}
        responsibilities={v.responsibilities}
        body={v.body}
      />
    </Stack>
  );
}
