import { Anchor, Badge, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDateTime, formatNumber } from '../../../kit/format';
import { notifySuccess } from '../../../kit/notify';
import { attachmentUrl, MAX_ATTACHMENT_BYTES, useDeleteAttachment, useRestoreAttachment, useUploadAttachment } from '../api/attachments';
import type { AcquisitionDetail } from '../api/types';

// The types the server takes (documents, spreadsheets, presentations, text and images).
const ACCEPTED = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.txt,.md,.csv,.png,.jpg,.jpeg';

/** A size in kB or MB, for the person to see roughly how big a file is. */
function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/**
 * The pre-study's attachments: download and upload (at most 5 MB); an admin removes one (kept,
 * restorable, DECISIONS.md 11) and sees removed ones to restore them.
 */
export function AttachmentsSection({ acquisition, canEdit }: { acquisition: AcquisitionDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const restore = useRestoreAttachment();
  const manage = acquisition.allowed.manageAttachments;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; fileName: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = (key: string, options?: Record<string, unknown>) => t(`acquisitions.attachments.${key}`, options ?? {});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(p('fileRequired'));
      document.getElementById('attachment-file')?.focus();
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setFileError(p('tooLarge'));
      document.getElementById('attachment-file')?.focus();
      return;
    }
    setFileError(null);
    upload.mutate(
      { id: acquisition.id, file },
      {
        onSuccess: () => {
          notifySuccess(p('uploaded', { fileName: file.name }));
          setFile(null);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Title ref={headingRef} tabIndex={-1} order={4} size="h6">
        {p('title')}
      </Title>
      {acquisition.attachments.length === 0 ? (
        <Text size="sm">{p('none')}</Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {acquisition.attachments.map((a) => (
            <Group component="li" key={a.id} gap="sm" wrap="wrap">
              <Anchor href={attachmentUrl(acquisition.id, a.id)} download={a.fileName}>
                {a.fileName}
              </Anchor>
              <Text size="sm">
                {p('meta', { size: formatSize(a.size), by: a.uploadedByName ?? '–', at: formatDateTime(a.uploadedAt) })}
              </Text>
              {a.archived && (
                <Badge variant="outline" color="gray.8">
                  {p('archived')}
                </Badge>
              )}
              {manage && !a.archived && (
                <Button
                  variant="subtle"
                  color="#b02525"
                  size="compact-sm"
                  aria-label={p('removeNamed', { fileName: a.fileName })}
                  onClick={() => setRemoving({ id: a.id, fileName: a.fileName })}
                >
                  {p('remove')}
                </Button>
              )}
              {manage && a.archived && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  aria-label={p('restoreNamed', { fileName: a.fileName })}
                  loading={restore.isPending && restore.variables?.attachmentId === a.id}
                  onClick={() =>
                    restore.mutate(
                      { id: acquisition.id, attachmentId: a.id, rowVersion: acquisition.rowVersion },
                      { onSuccess: () => notifySuccess(p('restored', { fileName: a.fileName })) },
                    )
                  }
                >
                  {p('restore')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {remove.error && <ErrorAlert error={remove.error} />}
      {restore.error && <ErrorAlert error={restore.error} />}
      {canEdit && (
        <form noValidate onSubmit={submit}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              id="attachment-file"
              label={p('file')}
              description={p('fileHint')}
              placeholder={p('placeholder')}
              accept={ACCEPTED}
              clearable
              clearButtonProps={{ 'aria-label': p('clear') }}
              value={file}
              onChange={(next) => {
                setFile(next);
                setFileError(null);
              }}
              error={fileError}
              style={{ flex: '1 1 18rem' }}
            />
            <Button type="submit" variant="default" loading={upload.isPending}>
              {p('upload')}
            </Button>
          </Group>
          {upload.error ? <ErrorAlert error={upload.error} /> : null}
        </form>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={p('removeTitle')}
        body={removing ? p('removeBody', { fileName: removing.fileName }) : ''}
        confirmLabel={p('remove')}
        danger
        loading={remove.isPending}
        returnFocus={false}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { id: acquisition.id, attachmentId: removing.id, rowVersion: acquisition.rowVersion },
            {
              onSuccess: () => {
                notifySuccess(p('removed', { fileName: removing.fileName }));
                setRemoving(null);
                // The row and its button are gone: focus goes to the list's heading.
                headingRef.current?.focus();
              },
              onError: () => setRemoving(null),
            },
          );
        }}
      />
    </Stack>
  );
}
