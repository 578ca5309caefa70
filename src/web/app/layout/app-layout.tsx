import { AppShell } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useDeferredValue } from 'react';
import { useSession } from '../../kit/session/use-session';
import { AppHeader } from './app-header';
import classes from './app-layout.module.css';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/**
 * The frame of every page: header (banner) with product, navigation, language and person;
 * main with the page. Signed out, the header shows only the product and the language.
 */
export function AppLayout() {
  const session = useSession() ?? null;
  useFocusOnNavigation(MAIN_CONTENT_ID);
  // The frame mounts when the first route settles, in a synchronous render (the router's state
  // is an external store). Mounting empty and then rendering header and page as a deferred
  // update lets React build them in short slices: a phone stays responsive meanwhile.
  const mounted = useDeferredValue(true, false);
  if (!mounted) return null;
  return (
    <>
      <SkipLink />
      <AppShell padding="md" className={classes.shell}>
        <header className={classes.header}>
          <AppHeader session={session} />
        </header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
