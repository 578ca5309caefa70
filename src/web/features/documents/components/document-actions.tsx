import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { ButtonLink } from '../../../kit/links/button-link';
import { isOpenForEditing } from '../lib/enums';
import { DecideDialog } from './decide-dialog';
import { ReplaceDialog } from './replace-dialog';
import { TransitionAction } from './transition-action';

interface DocumentActionsProps {
  doc: SteeringDocument;
  onReload: () => Promise<unknown>;
  /** After a move the button that was used is often gone: the page says where focus goes. */
  onDone: () => void;
}

/**
 * What may be done now, by status (and only what the server says the person may do): a draft
 * goes to consultation or is decided; a decided document is revised, repealed or replaced.
 */
export function DocumentActions({ doc, onReload, onDone }: DocumentActionsProps) {
  const { t } = useTranslation();
  const { update, transition } = doc.allowed;
  const open = isOpenForEditing(doc.status);
  const ended = doc.status === 'repealed' || doc.status === 'replaced';
  if (!update && !transition) return null;
  return (
    <Group gap="sm" role="group" aria-label={t('documents.actions.label')}>
      {update && !ended && (
        <ButtonLink to="/styrdokument/$id/redigera" params={{ id: doc.id }} variant={open ? 'filled' : 'default'}>
          {t(open ? 'documents.actions.edit' : 'documents.actions.editDetails')}
        </ButtonLink>
      )}
      {transition && doc.status === 'draft' && <TransitionAction doc={doc} move="toConsultation" onReload={onReload} onDone={onDone} />}
      {transition && doc.status === 'consultation' && <TransitionAction doc={doc} move="backToDraft" onReload={onReload} onDone={onDone} />}
      {transition && open && <DecideDialog doc={doc} onReload={onReload} onDone={onDone} />}
      {transition && doc.status === 'adopted' && (
        <>
          <TransitionAction doc={doc} move="startRevision" onReload={onReload} variant="filled" onDone={onDone} />
          <ReplaceDialog doc={doc} onReload={onReload} onDone={onDone} />
          <TransitionAction doc={doc} move="repeal" onReload={onReload} onDone={onDone} />
        </>
      )}
    </Group>
  );
}
