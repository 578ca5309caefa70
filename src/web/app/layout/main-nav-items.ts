import { useRouterState } from '@tanstack/react-router';
import type { Permission } from '../../../shared/organisation';
import { hasPermission } from '../../kit/session/has-permission';
import { useSession } from '../../kit/session/use-session';

export interface NavItem {
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

/** Links that belong together, under one name: a disclosure in the wide header, a heading in the menu panel. */
export interface NavGroup {
  group: 'registers' | 'governance' | 'portfolio';
  items: NavItem[];
}

export type NavEntry = NavItem | NavGroup;

export const isGroup = (entry: NavEntry): entry is NavGroup => 'group' in entry;

/** The menu before Attestering and Administration, which come last. */
const entries: NavEntry[] = [
  { to: '/', key: 'home', exact: true },
  {
    group: 'registers',
    items: [
      { to: '/system', key: 'applications', exact: false },
      { to: '/overlapp', key: 'overlaps', exact: false },
      { to: '/e-tjanster', key: 'eservices', exact: false },
      { to: '/samverkan', key: 'collaborations', exact: false },
    ],
  },
  {
    group: 'governance',
    items: [
      { to: '/styrdokument', key: 'documents', exact: false, also: ['/nyckeltal'] },
      // What waits for the person: the assignments they own and the remisses they are to answer.
      { to: '/styrdokument/mina-uppdrag', key: 'myAssignments', exact: false },
      { to: '/remisser', key: 'myConsultations', exact: false },
      { to: '/it-planer', key: 'itplans', exact: false, permission: 'itplan.read' },
    ],
  },
  {
    group: 'portfolio',
    items: [
      { to: '/portfolj', key: 'portfolio', exact: false },
      { to: '/itrad', key: 'council', exact: false },
      { to: '/anskaffning', key: 'acquisitions', exact: false, also: ['/avtal'] },
    ],
  },
  { to: '/aviseringar', key: 'notifications', exact: false },
];

const adminItem: NavItem = { to: '/admin', key: 'admin', exact: false };

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

/**
 * What the person's menu shows: each item they may use (a group left without items is left out),
 * the admin area only for those who may use it (the server refuses everyone else anyway), and the
 * item and group the current page belongs to.
 */
export function useMainNav() {
  const session = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const allowed = (item: NavItem) => !item.permission || hasPermission(session, item.permission);
  const shown: NavEntry[] = [];
  for (const entry of entries) {
    if (!isGroup(entry)) {
      if (allowed(entry)) shown.push(entry);
      continue;
    }
    const items = entry.items.filter(allowed);
    if (items.length > 0) shown.push({ group: entry.group, items });
  }
  const admin = hasPermission(session, 'organisation.manage') ? adminItem : undefined;
  const flat = shown.flatMap((entry) => (isGroup(entry) ? entry.items : [entry]));
  const current = activeItem(admin ? [...flat, admin] : flat, pathname);
  const currentGroup = shown.find((entry): entry is NavGroup => isGroup(entry) && current !== undefined && entry.items.includes(current));
  return { entries: shown, admin, current, currentGroup, pathname, attestationActive: within(pathname, '/attestering') };
}
