import { Avatar, Divider, Stack, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import classes from './account-menu.module.css';
import disclosure from './disclosure.module.css';
import { LanguageSwitch } from './language-switch';
import { AccountActions, PersonText } from './user-summary';

/** Fixed, as the compact header's menu: there is one header. */
const PANEL_ID = 'account-panel';

/**
 * The wide header's account: one button with the person's initials and name that opens, below it
 * at the header's right, the person and municipality, the language choice, "Mitt konto" and
 * logging out. The disclosure pattern, as the main menu's groups: the button has aria-expanded and
 * aria-controls; Escape closes the panel and returns focus to the button; a click outside, focus
 * leaving it or going to another page closes it. Choosing a language leaves it open.
 */
export function AccountMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // Open on the page it was opened on: moving to another page ("Mitt konto", back) closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  if (openedOn !== null && openedOn !== pathname) setOpenedOn(null);
  const open = openedOn === pathname;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenedOn(null);
    };
    // A language button is disabled while its choice is saved, and focus falls to the page: Escape still closes.
    const escape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || document.activeElement !== document.body) return;
      setOpenedOn(null);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpenedOn(null);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className={classes.root}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing past the panel closes it (a click elsewhere is handled above).
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpenedOn(null);
      }}
    >
      <UnstyledButton
        ref={buttonRef}
        className={classes.button}
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpenedOn(open ? null : pathname)}
      >
        <Avatar component="span" name={session.person.name} color="roder.8" variant="filled" size={28} aria-hidden />
        <span className={classes.name}>{session.person.name}</span>
        <VisuallyHidden>{t('app.user.menuHint')}</VisuallyHidden>
        <span className={disclosure.chevron} aria-hidden />
      </UnstyledButton>
      <div id={PANEL_ID} className={`${disclosure.popover} ${classes.panel}`} hidden={!open}>
        <Stack gap="sm">
          <PersonText session={session} />
          <LanguageSwitch />
          <Divider />
          <AccountActions />
        </Stack>
      </div>
    </div>
  );
}
