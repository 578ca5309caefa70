import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { AnchorLink } from '../../kit/links/anchor-link';
import classes from './compact-header.module.css';
import { LanguageSwitch } from './language-switch';

const MENU_ID = 'app-menu';
const loadMenu = () => import('./compact-menu');
const CompactMenu = lazy(() => loadMenu().then((module) => ({ default: module.CompactMenu })));

/** Three lines, the sign people know for a menu; the button's text says it in words. */
function MenuIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      <path d="M2 4.5h16M2 10h16M2 15.5h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header on a narrow screen: one row with the product and a menu button. The button opens a
 * panel (a modal dialog: focus moves in and stays there, Escape closes it and focus returns to the
 * button) with the main menu, the person, "Mitt konto", the language and logging out. Following
 * a link closes it. Signed out, there is no menu: the row shows the language choice instead.
 */
export function CompactHeader({ session }: { session: Session | null }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // Going to another page (a link in the panel, or back and forward) closes the panel.
  useEffect(() => close(), [pathname, close]);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!session) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    // Loaded and mounted closed, the panel opens with its usual transition and focus return.
    idle(() => void loadMenu().then(() => setShown(true)));
  }, [session]);
  const button = useRef<HTMLButtonElement>(null);
  // Escape or the close button: focus goes back to the menu button (also when the panel was first made open).
  const dismiss = () => {
    close();
    button.current?.focus();
  };

  return (
    <Group justify="space-between" wrap="nowrap" px="md" gap="sm" className={classes.row}>
      <AnchorLink to="/" fw={700} fz="xl" c="roder.8" underline="never">
        {t('app.name')}
      </AnchorLink>
      {session ? (
        <>
          <Button
            variant="default"
            leftSection={<MenuIcon />}
            ref={button}
            className={classes.menuButton}
            aria-expanded={opened}
            aria-controls={MENU_ID}
            onClick={() => {
              setShown(true);
              toggle();
            }}
          >
            {t('app.menu.label')}
          </Button>
          {/* The panel's code (a Drawer with its focus trap) loads while the page is idle, or when first
              opened, so the first page stays small; once shown it stays mounted and closes animated. */}
          {shown && (
            <Suspense fallback={null}>
              <CompactMenu id={MENU_ID} opened={opened} onClose={dismiss} session={session} />
            </Suspense>
          )}
        </>
      ) : (
        <LanguageSwitch />
      )}
    </Group>
  );
}
