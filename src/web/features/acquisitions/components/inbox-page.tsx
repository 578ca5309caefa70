import { Button, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { isConflict } from '../../../kit/forms/use-server-field-errors';
import { ListPager } from '../../../kit/list-pager';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useFocusAfterRemoval } from '../../../kit/use-focus-after-removal';
import { INBOX_PAGE_SIZE, useInbox } from '../api/get-inbox';
import { useNoteAcquisition } from '../api/note-acquisition';
import type { AcquisitionSummary } from '../api/types';
import { AcquisitionTable } from './acquisition-table';

type View = 'unnoted' | 'all';

/**
 * Inkorg: every IT acquisition is reported to the IT council (anmälningsplikt). The council marks
 * each report as received; the row's version guards the mark against a change made meanwhile.
 * The page stands among the council's pages, so the router passes in the council's section
 * navigation as sectionNav (features never import each other).
 */
export function InboxPage({ sectionNav }: { sectionNav?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('council.inbox.title'));
  const session = useSession();
  // Only for showing the button: the server checks again, and a refusal is shown.
  const mayNote = hasPermission(session, 'council.manage');
  const [view, setView] = useState<View>('unnoted');
  const [page, setPage] = useState(1);
  const query = useInbox({ noted: view === 'unnoted' ? 'false' : undefined, page: page > 1 ? page : undefined });
  const note = useNoteAcquisition();
  const items = query.data?.items ?? [];
  const { ref: headingRef, onRemoved } = useFocusAfterRemoval<HTMLHeadingElement>(items.map((i) => i.id));
  const n = (key: string) => t(`council.inbox.${key}`);
  const total = query.data?.total ?? 0;
  // In the council's column of a report not yet received, for those who may mark it.
  const noteButton = (item: AcquisitionSummary) => (
    <Button
      size="compact-sm"
      variant="default"
      aria-label={t('council.inbox.noteNamed', { title: item.title })}
      loading={note.isPending && note.variables?.id === item.id}
      disabled={note.isPending}
      onClick={() =>
        note.mutate(
          { id: item.id, rowVersion: item.rowVersion },
          {
            onSuccess: () => {
              notifySuccess(t('council.inbox.noteDone', { title: item.title }));
              if (view === 'unnoted') onRemoved(item.id);
            },
          },
        )
      }
    >
      {n('note')}
    </Button>
  );

  return (
    <Stack gap="md" maw={1200}>
      {sectionNav}
      <Title order={1} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {n('title')}
      </Title>
      <Text maw={800}>{n('intro')}</Text>
      <SegmentedControl
        aria-label={n('view')}
        value={view}
        onChange={(value) => {
          setView(value as View);
          setPage(1);
        }}
        data={[
          { value: 'unnoted', label: n('unnoted') },
          { value: 'all', label: n('all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Text role="status" fw={600}>
        {query.data ? t('council.inbox.count', { count: total, formatted: formatNumber(total) }) : ''}
      </Text>
      {isConflict(note.error) && (
        <ConflictAlert
          message={n('conflict')}
          reloading={query.isFetching}
          onReload={() => {
            note.reset();
            void query.refetch();
          }}
        />
      )}
      {note.error && !isConflict(note.error) ? <ErrorAlert error={note.error} /> : null}
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && items.length === 0 && <Text>{view === 'unnoted' ? n('emptyUnnoted') : n('empty')}</Text>}
      {items.length > 0 && (
        <AcquisitionTable
          items={items}
          caption={view === 'unnoted' ? n('captionUnnoted') : n('captionAll')}
          noteAction={mayNote ? noteButton : undefined}
        />
      )}
      <ListPager keyPrefix="council.inbox" page={page} pageSize={INBOX_PAGE_SIZE} total={total} onPage={setPage} />
    </Stack>
  );
}
