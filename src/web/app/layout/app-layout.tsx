import { AppShell } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { useSession } from '../../kit/session/use-session';
import { AppHeader } from './app-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const HEADER_MIN_HEIGHT = 64;

/**
 * The frame of every page: header (banner) with product, navigation, language and person;
 * main with the page. Signed out, the header shows only the product and the language.
 */
export function AppLayout() {
  const session = useSession() ?? null;
  // The header wraps onto more rows on narrow screens; main is offset by its real height.
  const { ref, height } = useElementSize();
  useFocusOnNavigation(MAIN_CONTENT_ID);
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: Math.max(HEADER_MIN_HEIGHT, Math.ceil(height) + 1) }} padding="md">
        <AppShell.Header>
          <div ref={ref}>
            <AppHeader session={session} />
          </div>
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
