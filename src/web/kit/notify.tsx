import { lazy, Suspense, useSyncExternalStore } from 'react';
import { i18n } from './i18n';

/**
 * Confirmations come after something the person did, never on the first screen, so the
 * notifications library (and its container) loads with the first one rather than with the page.
 */
const library = () => import('@mantine/notifications');
const Notifications = lazy(() => library().then((module) => ({ default: module.Notifications })));

let requested = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where confirmations appear: mounted once by the app, empty until the first confirmation. */
export function NotificationsOutlet() {
  const show = useSyncExternalStore(subscribe, () => requested);
  if (!show) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  );
}

/** A short confirmation (role="alert", so it is read out); its close button is named in the UI language. */
export function notifySuccess(message: string): void {
  if (!requested) {
    requested = true;
    for (const listener of listeners) listener();
  }
  void library().then(({ notifications }) =>
    notifications.show({
      message,
      color: 'roder',
      withBorder: true,
      closeButtonProps: { 'aria-label': i18n.t('common.close') },
    }),
  );
}
