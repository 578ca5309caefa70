import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordEndpoints as endpoints } from '../../../shared/endpoints/records';
import type { RecordType } from '../../../shared/records';
import { callEndpoint } from '../api-client';
import { ConfirmDialog } from '../confirm-dialog';
import { ErrorAlert } from '../error-alert';
import { notifySuccess } from '../notify';
import { hasPermission } from '../session/has-permission';
import { useSession } from '../session/use-session';

interface ArchiveRecordButtonProps {
  type: RecordType;
  id: string;
  name: string;
  /** The record's version as the page read it; a newer one answers 412. */
  rowVersion: number;
  /** Where to go once it is archived: the register's list; without it the page stays (a row of a list). */
  listPath?: string;
  /** A small button named with the record (one of many on the page, e.g. a § of an agenda). */
  compact?: boolean;
  /** The record is archived already (its page still opens for an admin): offer to restore it. */
  archived?: boolean;
}

/**
 * Archives the record (admin only, DECISIONS.md 11): it leaves the register but is not deleted,
 * and the admin's archive view brings it back with its history. Shown only to an admin.
 */
export function ArchiveRecordButton({ type, id, name, rowVersion, listPath, archived = false, compact = false }: ArchiveRecordButtonProps) {
  const { t } = useTranslation();
  const allowed = hasPermission(useSession(), 'organisation.manage');
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: async () => {
      if (archived) await callEndpoint(endpoints.restore, { params: { type, id }, ifMatch: rowVersion });
      else await callEndpoint(endpoints.archive, { params: { type, id }, ifMatch: rowVersion });
    },
    onSuccess: async () => {
      notifySuccess(t(archived ? 'records.archive.restored' : 'records.archive.archivedNotice', { name }));
      setOpen(false);
      if (!archived && listPath) await navigate({ to: listPath as never });
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
  });
  if (!allowed) return null;
  return (
    <div>
      <Button
        variant="default"
        size={compact ? 'xs' : 'sm'}
        aria-label={compact ? t(archived ? 'records.archive.restoreLabel' : 'records.archive.archiveLabel', { name }) : undefined}
        onClick={() => {
          archive.reset();
          setOpen(true);
        }}
      >
        {archived ? t('records.archive.restore') : t('records.archive.archiveRecord')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={archived ? t('records.archive.confirmTitle', { name }) : t('records.archive.archiveTitle', { name })}
        body={archived ? t('records.archive.confirmBody', { name, type: t(`records.types.${type}`) }) : t('records.archive.archiveBody')}
        confirmLabel={archived ? t('records.archive.restore') : t('records.archive.archiveRecord')}
        cancelLabel={archived ? t('records.archive.keep') : t('records.archive.archiveKeep')}
        onConfirm={() => archive.mutate()}
        onClose={() => setOpen(false)}
        loading={archive.isPending}
        danger={!archived}
      >
        {archive.isError && <ErrorAlert error={archive.error} />}
      </ConfirmDialog>
    </div>
  );
}
