import { AppShell } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useSession } from '../session/use-session';
import { AppHeader } from './app-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

/**
 * The frame of every page: header (banner) with product, navigation, language and person;
 * main with the page. Signed out, the header shows only the product and the language.
 */
export function AppLayout() {
  const session = useSession() ?? null;
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: { base: 112, md: 64 } }} padding="md">
        <AppShell.Header>
          <AppHeader session={session} />
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
