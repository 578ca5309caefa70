import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** The button that leaves things as they are, named by what it keeps ("Behåll projektet"); default "Avbryt". */
  cancelLabel?: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
  danger?: boolean;
  /** Shown above the buttons, e.g. an error from the last attempt. */
  children?: ReactNode;
  /**
   * Focus goes back to the button that opened the dialog (the default). Off when the action
   * removed that button with its row: the page then says where focus goes.
   */
  returnFocus?: boolean;
  /** The action cannot succeed as things stand (the server said why): only Cancel is offered. */
  confirmDisabled?: boolean;
}

/** A modal dialog: focus is trapped inside, Escape closes it, and focus returns to the opener. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // A disabled button drops focus to the page: move it to Cancel, the one way left.
  useEffect(() => {
    if (props.confirmDisabled) cancelRef.current?.focus();
  }, [props.confirmDisabled]);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      returnFocus={props.returnFocus ?? true}
      centered
    >
      <Stack gap="md">
        <Text>{props.body}</Text>
        {props.children}
        <Group justify="flex-end" gap="sm">
          <Button ref={cancelRef} variant="default" onClick={props.onClose}>
            {props.cancelLabel ?? t('common.cancel')}
          </Button>
          <Button
            color={props.danger ? '#b02525' : undefined}
            loading={props.loading}
            disabled={props.confirmDisabled}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
