import { UnstyledButton } from '@mantine/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGroup, type NavGroup, type NavItem, useMainNav } from './main-nav-items';
import { AttestationEntry, MainNavLink } from './main-nav-link';
import classes from './main-nav.module.css';
import disclosure from './disclosure.module.css';

/**
 * The wide header's menu in one row: single links, and groups that open as a list of links under
 * their button (the disclosure navigation pattern: a button with aria-expanded, not an ARIA menu).
 * One group is open at a time; Escape closes it and returns focus to its button; a click outside,
 * focus leaving the menu or following a link closes it.
 */
export function WideNav() {
  const { t } = useTranslation();
  const nav = useMainNav();
  const navRef = useRef<HTMLElement>(null);
  // Open on the page it was opened on: moving to another page (a link, back) closes it.
  const [opened, setOpened] = useState<{ group: NavGroup['group']; pathname: string } | null>(null);
  // Forgotten once the page changes, so coming back does not reopen it (state set while rendering).
  if (opened && opened.pathname !== nav.pathname) setOpened(null);
  const open = opened?.pathname === nav.pathname ? opened.group : null;
  const close = () => setOpened(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpened(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <nav
      ref={navRef}
      aria-label={t('app.nav.label')}
      className={classes.nav}
      onBlur={(event) => {
        // Tabbing past the menu closes the open group (a click elsewhere is handled above).
        if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <ul className={classes.list} data-row>
        {nav.entries.map((entry) =>
          isGroup(entry) ? (
            <Disclosure
              key={entry.group}
              group={entry}
              current={nav.current}
              active={entry === nav.currentGroup}
              open={open === entry.group}
              onToggle={() => setOpened(open === entry.group ? null : { group: entry.group, pathname: nav.pathname })}
              onClose={close}
            />
          ) : (
            <MainNavLink key={entry.to} item={entry} current={nav.current} onFollow={close} />
          ),
        )}
        <AttestationEntry active={nav.attestationActive} />
        {nav.admin && <MainNavLink item={nav.admin} current={nav.current} onFollow={close} />}
      </ul>
    </nav>
  );
}

interface DisclosureProps {
  group: NavGroup;
  current: NavItem | undefined;
  /** The current page is one of the group's. */
  active: boolean;
  open: boolean;
  onToggle: () => void;
  onClose: () => void;
}

function Disclosure({ group, current, active, open, onToggle, onClose }: DisclosureProps) {
  const { t } = useTranslation();
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    onClose();
    buttonRef.current?.focus();
  };
  return (
    <li className={classes.group} onKeyDown={onKeyDown}>
      <UnstyledButton
        ref={buttonRef}
        className={classes.link}
        aria-expanded={open}
        aria-controls={listId}
        data-active={active || undefined}
        onClick={onToggle}
      >
        {t(`app.nav.groups.${group.group}`)}
        <span className={disclosure.chevron} aria-hidden />
      </UnstyledButton>
      <ul id={listId} className={`${disclosure.popover} ${classes.panel}`} hidden={!open}>
        {group.items.map((item) => (
          <MainNavLink key={item.to} item={item} current={current} onFollow={onClose} />
        ))}
      </ul>
    </li>
  );
}
