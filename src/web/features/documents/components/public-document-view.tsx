import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityRow } from '../../../../shared/assignments';
import type { Item } from '../../../../shared/documents';
import { DetailList, type DetailItem } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { ItemTreeView } from './item-tree-view';
import { MarkdownView } from './markdown-view';
import { ResponsibilityTable } from './responsibility-table';

/** A public page whose document or version could not be read: not found in words, any other failure as an error. */
export function PublicUnavailable({ back, notFound, error }: { back: ReactNode; notFound: string | null; error: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack>
      {back}
      <Title order={1}>{t('documents.public.documentTitle')}</Title>
      {notFound !== null ? <Text>{notFound}</Text> : <ErrorAlert error={error} />}
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

interface Props {
  /** Prefix of the sections' heading ids. */
  idPrefix: string;
  /** The first section: its id suffix, heading and facts. */
  facts: { id: string; title: string; items: DetailItem[] };
  items: Item[];
  responsibilities?: ResponsibilityRow[];
  body: string;
}

/** A decided text as a citizen reads it: its facts, its items, its responsibility table and its body. */
export function PublicDocumentSections({ idPrefix, facts, items, responsibilities = [], body }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Section id={`${idPrefix}-${facts.id}`} title={facts.title}>
        <DetailList items={facts.items} />
      </Section>
      {items.length > 0 && (
        <Section id={`${idPrefix}-items`} title={t('documents.detail.items')}>
          <ItemTreeView items={items} />
        </Section>
      )}
      {responsibilities.length > 0 && (
        <Section id={`${idPrefix}-responsibilities`} title={t('documents.responsibilities.title')}>
          <ResponsibilityTable rows={responsibilities} />
        </Section>
      )}
      <Section id={`${idPrefix}-body`} title={t('documents.detail.body')}>
        {body.trim() ? <MarkdownView source={body} topLevel={3} /> : <Text>{t('documents.detail.noBody')}</Text>}
      </Section>
    </>
  );
}
