import { Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../app/conflict-alert';
import { ErrorAlert } from '../../../app/error-alert';
import { formatDate, formatDayOf, formatKronor, formatNumber } from '../../../app/format';
import { isConflict } from '../../../app/forms/use-server-field-errors';
import { AnchorLink } from '../../../app/links/anchor-link';
import { notifySuccess } from '../../../app/notify';
import { PageLoader } from '../../../app/page-loader';
import { hasPermission } from '../../../app/session/has-permission';
import { useSession } from '../../../app/session/use-session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useFocusAfterRemoval } from '../../../app/use-focus-after-removal';
import { INBOX_PAGE_SIZE, useInbox } from '../api/get-inbox';
import { useNoteAcquisition } from '../api/note-acquisition';
import type { InboxItem } from '../api/types';
import { CouncilNav } from './council-nav';

type View = 'unnoted' | 'all';

/** A reported date or timestamp as a day. */
const day = (value: string) => (value.length > 10 ? formatDayOf(value) : formatDate(value));

/** Where the need is: its outcome, else the step it waits on (the acquisitions feature's words). */
function routeText(t: TFunction, item: InboxItem): string {
  if (item.outcome) return t(`acquisitions.outcomes.${item.outcome}`);
  if (item.step) return t('acquisitions.list.atStep', { step: t(`acquisitions.steps.${item.step}.short`) });
  return t('acquisitions.list.stopped');
}

/**
 * Inkorg: every IT acquisition is reported to the IT council (anmälningsplikt). The council marks
 * each report as received; the row's version guards the mark against a change made meanwhile.
 */
export function InboxPage() {
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
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));

  return (
    <Stack gap="md" maw={1200}>
      <CouncilNav />
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
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{view === 'unnoted' ? n('captionUnnoted') : n('captionAll')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{n('titleColumn')}</Table.Th>
                <Table.Th scope="col">{n('department')}</Table.Th>
                <Table.Th scope="col" ta="right">{n('value')}</Table.Th>
                <Table.Th scope="col">{n('reported')}</Table.Th>
                <Table.Th scope="col">{n('route')}</Table.Th>
                <Table.Th scope="col">{n('noted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/anskaffning/$id" params={{ id: item.id }}>
                      {item.title}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{item.departmentName}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatKronor(item.estimatedValue)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(item.reportedOn)}</Table.Td>
                  <Table.Td>{routeText(t, item)}</Table.Td>
                  <Table.Td>
                    {item.councilNotedAt ? (
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{day(item.councilNotedAt)}</Text>
                    ) : mayNote ? (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('council.inbox.noteNamed', { title: item.title })}
                        loading={note.isPending && note.variables?.id === item.id}
                        disabled={note.isPending}
                        onClick={() =>
                          note.mutate(
                            { id: item.id, rowVersion: item.rowVersion, title: item.title },
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
                    ) : (
                      <Text size="sm">{n('notNoted')}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <nav aria-label={n('pagination')}>
          <Group gap="xs">
            <Button variant="default" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {n('previousPage')}
            </Button>
            <Text size="sm">{t('council.inbox.pageOf', { page, pages })}</Text>
            <Button variant="default" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {n('nextPage')}
            </Button>
          </Group>
        </nav>
      )}
    </Stack>
  );
}
