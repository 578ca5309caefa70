import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useDocument } from '../api/get-document';
import { useVersionDiff } from '../api/get-version-diff';
import classes from './version-diff.module.css';
import { VersionItemChanges } from './version-item-changes';

const route = getRouteApi('/_authed/styrdokument/$id/jamfor/$version');

/**
 * A decided version against the one before it: first its principles, focus areas and goals (each
 * added, removed or changed), then its text. Added passages are marked "Tillagt" with a "+"
 * and a green edge, removed ones "Borttaget", struck through with a red edge: the words and
 * marks carry the meaning, colour only repeats it.
 */
export function VersionDiffPage() {
  const { t } = useTranslation();
  const { id, version: versionParam } = route.useParams();
  const version = Number(versionParam);
  const doc = useDocument(id);
  const diff = useVersionDiff(id, Number.isInteger(version) && version > 0 ? version : 1);
  const title = t('documents.diff.title', { version });
  useDocumentTitle(doc.data ? `${title} – ${doc.data.title}` : title);

  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/styrdokument/$id" params={{ id }} size="sm">
        {t('documents.diff.back', { title: doc.data?.title ?? '' })}
      </AnchorLink>
      <div>
        <Title order={1}>{title}</Title>
        {doc.data && <Text c="dimmed">{doc.data.title}</Text>}
      </div>
      {diff.isPending && <PageLoader />}
      {diff.isError && <ErrorAlert error={diff.error} />}
      {diff.data && (
        <>
          {diff.data.from === null ? (
            <Text>{t('documents.diff.noPrevious')}</Text>
          ) : (
            <>
              <Text>
                {t('documents.diff.summaryItems', {
                  from: diff.data.from,
                  to: diff.data.to,
                  added: diff.data.summary.itemsAdded,
                  removed: diff.data.summary.itemsRemoved,
                  changed: diff.data.summary.itemsChanged,
                })}{' '}
                {t('documents.diff.summaryText', { added: diff.data.summary.partsAdded, removed: diff.data.summary.partsRemoved })}
              </Text>
              <Group gap="lg">
                <AnchorLink to="/styrdokument/$id/version/$version" params={{ id, version: String(diff.data.from) }} size="sm">
                  {t('documents.versions.open', { version: diff.data.from })}
                </AnchorLink>
                <AnchorLink to="/styrdokument/$id/version/$version" params={{ id, version: String(diff.data.to) }} size="sm">
                  {t('documents.versions.open', { version: diff.data.to })}
                </AnchorLink>
              </Group>
              <section aria-labelledby="diff-items">
                <Title order={2} size="h3" id="diff-items" mb="sm">
                  {t('documents.detail.items')}
                </Title>
                <VersionItemChanges changes={diff.data.items} />
              </section>
            </>
          )}
          <Title order={2} size="h3" id="diff-text">
            {t('documents.diff.textHeading')}
          </Title>
          <div className={classes.legend} aria-hidden="true">
            <span className={classes.added}>+ {t('documents.diff.added')}</span>
            <span className={classes.removed}>− {t('documents.diff.removed')}</span>
          </div>
          <Paper withBorder p="md">
            {diff.data.parts.map((part, index) => {
              if (part.kind === 'same') return <pre key={index} className={classes.same}>{part.text}</pre>;
              const added = part.kind === 'added';
              const Tag = added ? 'ins' : 'del';
              return (
                <div key={index} className={added ? classes.addedBlock : classes.removedBlock}>
                  <span className={classes.marker}>
                    <span aria-hidden="true">{added ? '+ ' : '− '}</span>
                    {t(added ? 'documents.diff.added' : 'documents.diff.removed')}
                  </span>
                  <Tag className={classes.text}>
                    <VisuallyHidden>{t(added ? 'documents.diff.addedStart' : 'documents.diff.removedStart')}</VisuallyHidden>
                    {part.text.replace(/^\n+|\n+$/g, '')}
                    <VisuallyHidden>{t(added ? 'documents.diff.addedEnd' : 'documents.diff.removedEnd')}</VisuallyHidden>
                  </Tag>
                </div>
              );
            })}
          </Paper>
        </>
      )}
    </Stack>
  );
}
