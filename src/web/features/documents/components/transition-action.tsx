import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useTransitionDocument } from '../api/transition-document';

/** The moves that need nothing but a confirmation. */
type SimpleMove = 'toConsultation' | 'backToDraft' | 'startRevision' | 'repeal';

const TARGET = { toConsultation: 'consultation', backToDraft: 'draft', startRevision: 'draft', repeal: 'repealed' } as const;

interface TransitionActionProps {
  doc: SteeringDocument;
  move: SimpleMove;
  onReload: () => Promise<unknown>;
  variant?: 'filled' | 'outline' | 'default';
  /** Called with the document as it is after the move. */
  onDone?: (updated: SteeringDocument) => void;
}

/** One status move behind a confirmation that says what it does; a 412 offers the latest version. */
export function TransitionAction({ doc, move, onReload, variant = 'outline', onDone }: TransitionActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const transition = useTransitionDocument();
  const conflict = isApiError(transition.error) && transition.error.status === 412;
  const close = () => {
    setOpened(false);
    transition.reset();
  };
  const confirm = () =>
    transition.mutate(
      { id: doc.id, rowVersion: doc.rowVersion, input: { to: TARGET[move] } },
      {
        onSuccess: (updated) => {
          setOpened(false);
          onDone?.(updated);
          notifySuccess(t(`documents.actions.${move}Done`, { title: updated.title, version: updated.version }));
        },
      },
    );
  const reload = async () => {
    await onReload();
    close();
  };
  return (
    <>
      <Button variant={variant} color={move === 'repeal' ? '#b02525' : undefined} onClick={() => setOpened(true)}>
        {t(`documents.actions.${move}`)}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        loading={transition.isPending}
        danger={move === 'repeal'}
        title={t(`documents.actions.${move}Title`, { title: doc.title })}
        body={t(`documents.actions.${move}Body`, { version: doc.version, next: doc.version + 1 })}
        confirmLabel={t(`documents.actions.${move}`)}
      >
        {conflict && <ConflictAlert onReload={() => void reload()} message={t('documents.conflict')} />}
        {transition.isError && !conflict && <ErrorAlert error={transition.error} />}
      </ConfirmDialog>
    </>
  );
}
