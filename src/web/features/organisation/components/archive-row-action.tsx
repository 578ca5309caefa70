import { Button, VisuallyHidden } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';

interface ArchiveRowActionProps {
  record: { id: string; name: string; rowVersion: number };
  /** The archive mutation of the record's kind (If-Match from `rowVersion`). */
  archive: UseMutationResult<unknown, Error, { id: string; rowVersion: number }>;
  /** The words, already translated: the button and confirm label, the dialog, success and failure. */
  text: { action: string; title: string; body: string; done: string; failed: string };
  /** What the dialog offers when the server refuses (409, still in use): where to deal with it. */
  whenRefused: ReactNode;
  onReload: () => Promise<unknown>;
  /** The record is archived: its row (and this button) leaves the list. */
  onArchived: (id: string) => void;
}

/** A row's archive button and its confirm dialog: archived, never deleted; a stale row (412) offers a reload. */
export function ArchiveRowAction({ record, archive, text, whenRefused, onReload, onArchived }: ArchiveRowActionProps) {
  const [opened, setOpened] = useState(false);
  const [archived, setArchived] = useState(false);
  const conflict = isApiError(archive.error) && archive.error.status === 412;
  // 409: still in use. Trying again changes nothing until the reason is dealt with elsewhere.
  const refused = isApiError(archive.error) && archive.error.status === 409;
  const close = () => {
    setOpened(false);
    archive.reset();
  };
  const confirm = () =>
    archive.mutate(
      { id: record.id, rowVersion: record.rowVersion },
      {
        onSuccess: () => {
          setArchived(true);
          setOpened(false);
          notifySuccess(text.done);
          onArchived(record.id);
        },
      },
    );

  return (
    <>
      <Button size="compact-sm" variant="outline" color="#b02525" onClick={() => setOpened(true)}>
        {text.action}
        <VisuallyHidden> {record.name}</VisuallyHidden>
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={archive.isPending}
        returnFocus={!archived}
        confirmDisabled={refused}
        danger
        title={text.title}
        body={text.body}
        confirmLabel={text.action}
      >
        {conflict && (
          <ConflictAlert
            message={isApiError(archive.error) ? archive.error.detail : undefined}
            onReload={() => void onReload().then(close)}
          />
        )}
        {archive.isError && !conflict && <ErrorAlert error={archive.error} title={text.failed} />}
        {refused && whenRefused}
      </ConfirmDialog>
    </>
  );
}
