import { Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { usePublicDocument } from '../api/get-public-document';
import { ItemTreeView } from './item-tree-view';
import { MarkdownView } from './markdown-view';
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
    return (
      <Stack>
        {back}
        <Title order={1}>{t('documents.public.documentTitle')}</Title>
        {notFound ? <Text>{t('documents.public.notFound')}</Text> : <ErrorAlert error={query.error} />}
      </Stack>
    );
  }
  const validity = doc.validFrom || doc.validTo
    ? t('documents.detail.validity', { from: formatDate(doc.validFrom), to: doc.validTo ? formatDate(doc.validTo) : t('documents.detail.untilFurther') })
    : '–';
  return (
    <Stack gap="lg" maw={960}>
      {back}
      <div>
        <Title order={1}>{doc.title}</Title>
        <Text c="dimmed">{t(`documents.public.status.${doc.status}`, { version: doc.version })}</Text>
      </div>
      <section aria-labelledby="public-details">
        <Title order={2} size="h3" id="public-details" mb="sm">
          {t('documents.detail.details')}
        </Title>
        <DetailList
          items={[
            { label: t('documents.fields.typeId'), value: doc.typeName },
            { label: t('documents.fields.diarienummer'), value: doc.diarienummer ?? '–' },
            { label: t('documents.fields.decision'), value: t('documents.detail.decision', { body: doc.decidingBody ?? '–', date: formatDate(doc.decidedOn) }) },
            { label: t('documents.fields.validity'), value: validity },
          ]}
        />
      </section>
      {doc.items.length > 0 && (
        <section aria-labelledby="public-items">
          <Title order={2} size="h3" id="public-items" mb="sm">
            {t('documents.detail.items')}
          </Title>
          <ItemTreeView items={doc.items} />
        </section>
      )}
      <section aria-labelledby="public-body">
        <Title order={2} size="h3" id="public-body" mb="sm">
          {t('documents.detail.body')}
        </Title>
        {doc.body.trim() ? <MarkdownView source={doc.body} topLevel={3} /> : <Text>{t('documents.detail.noBody')}</Text>}
      </section>
      <PublicVersionList organisationId={organisationId} id={id} />
    </Stack>
  );
}
