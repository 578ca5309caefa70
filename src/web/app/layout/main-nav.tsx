import { Group, Stack } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../shared/organisation';
import { PlainLink } from '../../kit/links/plain-link';
import { hasPermission } from '../../kit/session/has-permission';
import { useSession } from '../../kit/session/use-session';
import classes from './main-nav.module.css';

interface NavItem {
  to:
    | '/'
    | '/system'
    | '/overlapp'
    | '/styrdokument'
    | '/styrdokument/mina-uppdrag'
    | '/remisser'
    | '/portfolj'
    | '/itrad'
    | '/anskaffning'
    | '/e-tjanster'
    | '/it-planer'
    | '/samverkan'
    | '/aviseringar'
    | '/admin';
  key: string;
  exact: boolean;
  /** Other sections shown as part of this one (the agreements register belongs to acquisitions). */
  also?: string[];
  /** Shown only to those with this permission. */
  permission?: Permission;
}

const items: NavItem[] = [
  { to: '/', key: 'home', exact: true },
  { to: '/system', key: 'applications', exact: false },
  { to: '/overlapp', key: 'overlaps', exact: false },
  { to: '/styrdokument', key: 'documents', exact: false, also: ['/nyckeltal'] },
  // What waits for the person: the assignments they own and the remisses they are to answer.
  { to: '/styrdokument/mina-uppdrag', key: 'myAssignments', exact: false },
  { to: '/remisser', key: 'myConsultations', exact: false },
  { to: '/portfolj', key: 'portfolio', exact: false },
  { to: '/itrad', key: 'council', exact: false },
  { to: '/anskaffning', key: 'acquisitions', exact: false, also: ['/avtal'] },
  { to: '/e-tjanster', key: 'eservices', exact: false },
  { to: '/it-planer', key: 'itplans', exact: false, permission: 'itplan.read' },
  { to: '/aviseringar', key: 'notifications', exact: false },
  { to: '/samverkan', key: 'collaborations', exact: false },
];

/** Shown only to some, after a request: loaded apart from the first page. */
const AttestationNavItem = lazy(() => import('../../features/attestation/components/attestation-nav-item').then((m) => ({ default: m.AttestationNavItem })));

const within = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/** The item the page belongs to: the most specific match wins (Mina uppdrag lies under Styrdokument). */
function activeItem(shown: NavItem[], pathname: string): NavItem | undefined {
  let best: { item: NavItem; length: number } | undefined;
  for (const item of shown) {
    const bases = item.exact ? (pathname === item.to ? [item.to] : []) : [item.to, ...(item.also ?? [])].filter((base) => within(pathname, base));
    for (const base of bases) if (!best || base.length > best.length) best = { item, length: base.length };
  }
  return best?.item;
}

/** The main menu: a row in the wide header, a column in the compact header's menu panel. */
export function MainNav({ vertical = false }: { vertical?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // The admin area only for those who may use it; the server refuses everyone else anyway.
  const allowed = items.filter((item) => !item.permission || hasPermission(session, item.permission));
  const shown: NavItem[] = hasPermission(session, 'organisation.manage') ? [...allowed, { to: '/admin', key: 'admin', exact: false } satisfies NavItem] : allowed;
  const current = activeItem(shown, pathname);
  const List = vertical ? Stack : Group;
  return (
    <nav aria-label={t('app.nav.label')} className={classes.nav}>
      <List gap={2} component="ul" className={classes.list} data-vertical={vertical || undefined}>
        {shown.map((item) => {
          const active = item === current;
          return (
            <li key={item.to}>
              <PlainLink
                to={item.to}
                className={classes.link}
                activeOptions={{ exact: true, includeSearch: false }}
                aria-current={active ? 'page' : undefined}
                data-active={active || undefined}
              >
                {t(`app.nav.${item.key}`)}
              </PlainLink>
            </li>
          );
        })}
        <Suspense fallback={null}>
          <AttestationNavItem className={classes.link} active={within(pathname, '/attestering')} />
        </Suspense>
      </List>
    </nav>
  );
}
