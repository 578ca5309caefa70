import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDocument } from '../api/get-document';
import { useDocumentTree } from '../api/get-document-tree';
import { findTreeNode, hasGoals } from '../lib/find-tree-node';
import { versionLabel } from '../lib/version-label';
import { DocumentActions } from './document-actions';
import { DocumentOverview } from './document-overview';
import { DocumentStatusBadge } from './document-status-badge';
import { DocumentVersions } from './document-versions';
import { ItemTreeView } from './item-tree-view';
import { MarkdownView } from './markdown-view';
import { AssignmentSection } from './assignment-section';
import { ResponsibilitySection } from './responsibility-section';
import { ArchiveRecordButton } from '../../../kit/history/archive-record-button';
import { HistorySection } from '../../../kit/history/history-section';

const route = getRouteApi('/_authed/styrdokument/$id');

/** `extra`: what another feature shows of the document (a remiss section), composed by the app. */
export function DocumentDetailPage({ extra }: { extra?: (doc: { id: string; title: string; rowVersion: number }) => ReactNode }) {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useDocument(id);
  const tree = useDocumentTree();
  const session = useSession();
  const doc = query.data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(doc?.title ?? t('documents.detail.title'));

  if (query.isPending) return <PageLoader />;
  if (!doc) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t(notFound ? 'documents.detail.notFound' : 'documents.detail.title')}</Title>
        {!notFound && <ErrorAlert error={query.error} />}
        <AnchorLink to="/styrdokument">{t('documents.detail.backToList')}</AnchorLink>
      </Stack>
    );
  }

  const children = tree.data ? (findTreeNode(tree.data.roots, doc.id)?.children ?? []) : [];
  const revising = doc.adoptedVersion !== null && (doc.status === 'draft' || doc.status === 'consultation');
  const isPublic = doc.adoptedVersion !== null && session;

  return (
    <Stack gap="lg">
      <AnchorLink to="/styrdokument" size="sm">
        {t('documents.detail.backToList')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} ref={headingRef} tabIndex={-1}>
            {doc.title}
          </Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed">{doc.typeName}</Text>
            <DocumentStatusBadge status={doc.status} />
            <Text size="sm">{versionLabel(t, doc)}</Text>
          </Group>
        </div>
        <DocumentActions
          doc={doc}
          onReload={() => query.refetch()}
          onDone={() => window.requestAnimationFrame(() => headingRef.current?.focus())}
        />
      </Group>
      {revising && (
        <Alert color="#1c4f8a" variant="outline" title={t('documents.detail.revisingTitle', { version: doc.version })}>
          {t('documents.detail.revisingBody', { adopted: doc.adoptedVersion })}
        </Alert>
      )}
      <Group gap="lg">
        {hasGoals(doc.items) && (
          <AnchorLink to="/styrdokument/$id/uppfoljning" params={{ id: doc.id }} fw={600}>
            {t('documents.detail.followUpLink')}
          </AnchorLink>
        )}
        {isPublic && (
          <AnchorLink to="/offentlig/$organisationId/styrdokument/$id" params={{ organisationId: session.organisation.id, id: doc.id }} fw={600}>
            {t('documents.detail.publicLink')}
          </AnchorLink>
        )}
      </Group>
      <section aria-labelledby="document-details">
        <Title order={2} size="h3" id="document-details" mb="sm">
          {t('documents.detail.details')}
        </Title>
        <DocumentOverview doc={doc} childrenOf={children} />
      </section>
      <section aria-labelledby="document-items">
        <Title order={2} size="h3" id="document-items" mb="sm">
          {t('documents.detail.items')}
        </Title>
        {doc.items.length === 0 ? <Text>{t('documents.detail.noItems')}</Text> : <ItemTreeView items={doc.items} />}
      </section>
      <ResponsibilitySection documentId={doc.id} />
      <AssignmentSection documentId={doc.id} items={doc.items} />
      <section aria-labelledby="document-body">
        <Title order={2} size="h3" id="document-body" mb="sm">
          {t('documents.detail.body')}
        </Title>
        {doc.body.trim() ? <MarkdownView source={doc.body} topLevel={3} /> : <Text>{t('documents.detail.noBody')}</Text>}
      </section>
      {extra?.(doc)}
      <section aria-labelledby="document-versions">
        <Title order={2} size="h3" id="document-versions" mb="sm">
          {t('documents.detail.versions')}
        </Title>
        <DocumentVersions id={doc.id} headingId="document-versions" />
      </section>
      <HistorySection type="document" id={doc.id} />
      <ArchiveRecordButton type="document" id={doc.id} name={doc.title} rowVersion={doc.rowVersion} listPath="/styrdokument" />
    </Stack>
  );
}
