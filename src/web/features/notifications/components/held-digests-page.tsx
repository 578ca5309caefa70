import { Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDateTime, formatNumber } from '../../../kit/format';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { type HeldDigest, useHeldDigests, useReleaseDigest } from '../api/held-digests';
import { DigestLimitForm } from './digest-limit-form';

/** Digest sends held by the guard (more recipients than the limit), for an admin to release. */
export function HeldDigestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.held.title'));
  const held = useHeldDigests();
  const release = useReleaseDigest();
  const [releasing, setReleasing] = useState<HeldDigest | null>(null);

  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={1}>{t('notifications.held.title')}</Title>
        <Text>{t('notifications.held.intro', { limit: held.data ? formatNumber(held.data.limit) : '…' })}</Text>
      </div>
      {held.isPending && <PageLoader />}
      {held.isError && <ErrorAlert error={held.error} />}
      {held.data && (
        <DigestLimitForm key={held.data.limitRowVersion} limit={held.data.limit} rowVersion={held.data.limitRowVersion} onReload={() => void held.refetch()} reloading={held.isFetching} />
      )}
      {held.data && held.data.items.length === 0 && <Text>{t('notifications.held.none')}</Text>}
      {held.data && held.data.items.length > 0 && (
        <TableScroll minWidth={640} label={t('notifications.held.caption')}>
          <Table>
            <Table.Caption>{t('notifications.held.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notifications.held.heldAt')}</Table.Th>
                <Table.Th scope="col">{t('notifications.held.recipients')}</Table.Th>
                <Table.Th scope="col">{t('notifications.held.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('notifications.held.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {held.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{formatDateTime(item.heldAt)}</Table.Td>
                  <Table.Td>{t('notifications.held.recipientsValue', { count: item.recipients, limit: formatNumber(item.limit) })}</Table.Td>
                  <Table.Td>{item.releasedAt ? t('notifications.held.released', { at: formatDateTime(item.releasedAt), by: item.releasedBy ?? '–' }) : t('notifications.held.waiting')}</Table.Td>
                  <Table.Td>
                    {!item.releasedAt && (
                      <Button size="xs" onClick={() => setReleasing(item)}>
                        {t('notifications.held.release')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ConfirmDialog
        opened={releasing !== null}
        title={t('notifications.held.confirmTitle')}
        body={t('notifications.held.confirmBody', { count: releasing?.recipients ?? 0 })}
        confirmLabel={t('notifications.held.release')}
        loading={release.isPending}
        onClose={() => {
          setReleasing(null);
          release.reset();
        }}
        onConfirm={() =>
          release.mutate(releasing!.id, {
            onSuccess: () => {
              setReleasing(null);
              notifySuccess(t('notifications.held.releasedNotice'));
            },
          })
        }
      >
        {release.isError && <ErrorAlert error={release.error} />}
      </ConfirmDialog>
    </Stack>
  );
}
