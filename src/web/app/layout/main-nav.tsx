import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlainLink } from '../links/plain-link';
import { hasPermission } from '../session/has-permission';
import { useSession } from '../session/use-session';
import classes from './main-nav.module.css';

const items = [
  { to: '/', key: 'home', exact: true },
  { to: '/system', key: 'applications', exact: false },
  { to: '/overlapp', key: 'overlaps', exact: false },
  { to: '/styrdokument', key: 'documents', exact: false },
  { to: '/portfolj', key: 'portfolio', exact: false },
  { to: '/itrad', key: 'council', exact: false },
] as const;

export function MainNav() {
  const { t } = useTranslation();
  const session = useSession();
  // The admin area only for those who may use it; the server refuses everyone else anyway.
  const shown = hasPermission(session, 'organisation.manage')
    ? [...items, { to: '/admin', key: 'admin', exact: false } as const]
    : items;
  return (
    <nav aria-label={t('app.nav.label')}>
      <Group gap="xs" component="ul" className={classes.list}>
        {shown.map((item) => (
          <li key={item.to}>
            <PlainLink
              to={item.to}
              className={classes.link}
              activeOptions={{ exact: item.exact, includeSearch: false }}
              activeProps={{ 'aria-current': 'page', 'data-active': true }}
            >
              {t(`app.nav.${item.key}`)}
            </PlainLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
