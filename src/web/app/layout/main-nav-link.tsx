import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainLink } from '../../kit/links/plain-link';
import type { NavItem } from './main-nav-items';
import classes from './main-nav.module.css';

/** Shown only to some, after a request: loaded apart from the first page. */
const AttestationNavItem = lazy(() => import('../../features/attestation/components/attestation-nav-item').then((m) => ({ default: m.AttestationNavItem })));

/** The lazily loaded "Attestering", where it has one. */
export function AttestationEntry({ active }: { active: boolean }) {
  return (
    <Suspense fallback={null}>
      <AttestationNavItem className={classes.link} active={active} />
    </Suspense>
  );
}

/** One of the menu's links; the current page's says so (aria-current) and stands out. */
export function MainNavLink({ item, current, onFollow }: { item: NavItem; current: NavItem | undefined; onFollow?: () => void }) {
  const { t } = useTranslation();
  const active = item === current;
  return (
    <li>
      <PlainLink
        to={item.to}
        className={classes.link}
        activeOptions={{ exact: true, includeSearch: false }}
        aria-current={active ? 'page' : undefined}
        data-active={active || undefined}
        onClick={onFollow}
      >
        {t(`app.nav.${item.key}`)}
      </PlainLink>
    </li>
  );
}
