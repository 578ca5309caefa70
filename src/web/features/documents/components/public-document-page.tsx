import { Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePublicDocument } from '../api/get-public-document';
import { validityLabel } from '../lib/version-label';
import { PublicDocumentSections, PublicUnavailable } from './public-document-view';
import { PublicVersionList } from './public-version-list';

const route = getRouteApi('/offentlig/$organisationId/styrdokument/$id');

/** The decided version in force of one document, as a citizen reads it: no drafts, no login. */
export function PublicDocumentPage() {
  const { t } = useTranslation();
  const { organisationId, id } = route.useParams();
  const query = usePublicDocument(organisationId, id);
  const doc = query.data;
  useDocumentTitle(doc?.title ?? t('documents.public.documentTitle'));

  const back = (
    <AnchorLink to="/offentlig/$organisationId" params={{ organisationId }} size="sm">
      {t('documents.public.back')}
    </AnchorLink>
  );
  if (query.isPending) return <PageLoader />;
  if (!doc) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return <PublicUnavailable back={back} notFound={notFound ? t('documents.public.notFound') : null} error={query.error} />;
  }
  return (
    <Stack gap="lg" maw={960}>
      {back}
      <div>
        <Title order={1}>{doc.title}</Title>
        <Text c="dimmed">{t(`documents.public.status.${doc.status}`, { version: doc.version })}</Text>
      </div>
      <PublicDocumentSections
        idPrefix="public"
        facts={{
          id: 'details',
          title: t('documents.detail.details'),
          items: [
            { label: t('documents.fields.typeId'), value: doc.typeName },
            { label: t('documents.fields.diarienummer'), value: doc.diarienummer ?? '–' },
            { label: t('documents.fields.decision'), value: t('documents.detail.decision', { body: doc.decidingBody ?? '–', date: formatDate(doc.decidedOn) }) },
            { label: t('documents.fields.validity'), value: validityLabel(t, doc) },
          ],
        }}
        items={doc.items}
        body={doc.body}
      />
      <PublicVersionList organisationId={organisationId} id={id} />
    </Stack>
  );
}
