import { Button, Divider, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { AnchorLink } from '../../kit/links/anchor-link';
import classes from './compact-header.module.css';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserSummary } from './user-summary';

const MENU_ID = 'app-menu';

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
            className={classes.menuButton}
            aria-expanded={opened}
            aria-controls={MENU_ID}
            onClick={toggle}
          >
            {t('app.menu.label')}
          </Button>
          <Drawer
            id={MENU_ID}
            opened={opened}
            onClose={close}
            position="right"
            size="min(22rem, 100%)"
            title={t('app.menu.label')}
            closeButtonProps={{ 'aria-label': t('app.menu.close') }}
          >
            <Stack gap="md">
              <MainNav vertical />
              <Divider />
              <UserSummary session={session} stacked />
              <LanguageSwitch />
            </Stack>
          </Drawer>
        </>
      ) : (
        <LanguageSwitch />
      )}
    </Group>
  );
}
