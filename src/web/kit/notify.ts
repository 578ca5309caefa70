import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

/** A short confirmation (role="alert", so it is read out); its close button is named in the UI language. */
export function notifySuccess(message: string): void {
  notifications.show({
    message,
    color: 'roder',
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
