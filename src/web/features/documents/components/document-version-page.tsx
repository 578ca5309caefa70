import { Alert, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDocumentVersion } from '../api/get-document-version';
import { validityLabel } from '../lib/version-label';
import { ItemTreeView } from './item-tree-view';
import { MarkdownView } from './markdown-view';
import { VersionResponsibilities } from './version-responsibilities';

const route = getRouteApi('/_authed/styrdokument/$id/version/$version');

/**
 * One decided version on its own, read-only, as it was decided: its decision, its principles and
 * goals in their structure and its text. A banner says plainly whether it is the version in force,
 * and links to the document as it stands now.
 */
export function DocumentVersionPage({ extra }: { extra?: (documentId: string, version: number) => ReactNode }) {
  const { t } = useTranslation();
  const { id, version: versionParam } = route.useParams();
  const number = Number(versionParam);
  const valid = Number.isInteger(number) && number > 0;
  const query = useDocumentVersion(id, number);
  const version = query.data;
  const heading = version ? t('documents.versionPage.title', { title: version.title, version: version.version }) : t('documents.versionPage.fallbackTitle');
  useDocumentTitle(heading);

  const back = (
    <AnchorLink to="/styrdokument/$id" params={{ id }} size="sm">
      {t('documents.versionPage.back')}
    </AnchorLink>
  );
  if (valid && query.isPending) return <PageLoader />;
  if (!version) {
    const notFound = !valid || (isApiError(query.error) && query.error.status === 404);
    return (
      <Stack>
        {back}
        <Title order={1}>{t('documents.versionPage.fallbackTitle')}</Title>
        {notFound ? <Text>{t('documents.versionPage.notFound')}</Text> : <ErrorAlert error={query.error} />}
      </Stack>
    );
  }

  const { document } = version;
  const ended = document.status === 'repealed' || document.status === 'replaced';
  const banner = version.inForce
    ? { title: t('documents.versionPage.inForceTitle', { version: version.version }), body: t('documents.versionPage.inForceBody') }
    : ended
      ? { title: t('documents.versionPage.notInForceTitle', { version: version.version }), body: t(`documents.versionPage.ended.${document.status}`) }
      : {
          title: t('documents.versionPage.notInForceTitle', { version: version.version }),
          body: t('documents.versionPage.newerInForce', { current: document.adoptedVersion ?? version.version }),
        };
  const validity = validityLabel(t, version);
  return (
    <Stack gap="lg" maw={960}>
      {back}
      <div>
        <Title order={1}>{heading}</Title>
        <Text c="dimmed">{t('documents.versionPage.decided', { body: version.decidingBody ?? '–', date: formatDate(version.decidedOn) })}</Text>
      </div>
      <Alert color={version.inForce ? '#1c4f8a' : '#8a4b00'} variant="outline" title={banner.title}>
        <Stack gap="xs">
          <Text size="sm">{banner.body}</Text>
          <AnchorLink to="/styrdokument/$id" params={{ id }} size="sm" fw={600}>
            {t('documents.versionPage.toCurrent', { title: document.title })}
          </AnchorLink>
        </Stack>
      </Alert>
      {version.previousVersion !== null && (
        <AnchorLink to="/styrdokument/$id/jamfor/$version" params={{ id, version: String(version.version) }} fw={600}>
          {t('documents.versions.compareWithPrevious', { version: version.version })}
        </AnchorLink>
      )}
      <section aria-labelledby="version-details">
        <Title order={2} size="h3" id="version-details" mb="sm">
          {t('documents.detail.details')}
        </Title>
        <DetailList
          items={[
            { label: t('documents.fields.version'), value: t('documents.versions.name', { version: version.version }) },
            { label: t('documents.fields.diarienummer'), value: version.diarienummer ?? '–' },
            { label: t('documents.fields.decision'), value: t('documents.detail.decision', { body: version.decidingBody ?? '–', date: formatDate(version.decidedOn) }) },
            { label: t('documents.fields.validity'), value: validity },
          ]}
        />
      </section>
      <section aria-labelledby="version-items">
        <Title order={2} size="h3" id="version-items" mb="sm">
          {t('documents.detail.items')}
        </Title>
        {version.items.length === 0 ? <Text>{t('documents.detail.noItems')}</Text> : <ItemTreeView items={version.items} />}
      </section>
      <VersionResponsibilities id={version.documentId} version={version.version} />
      <section aria-labelledby="version-body">
        <Title order={2} size="h3" id="version-body" mb="sm">
          {t('documents.detail.body')}
        </Title>
        {version.body.trim() ? <MarkdownView source={version.body} topLevel={3} /> : <Text>{t('documents.detail.noBody')}</Text>}
      </section>
      {extra?.(id, version.version)}
    </Stack>
  );
}
