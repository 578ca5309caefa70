import { Group } from '@mantine/core';
import { PlainLink } from '../links/plain-link';
import { useTranslation } from 'react-i18next';
import classes from './main-nav.module.css';

const items = [
  { to: '/', key: 'home', exact: true },
  { to: '/system', key: 'applications', exact: false },
  { to: '/overlapp', key: 'overlaps', exact: false },
] as const;

export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.nav.label')}>
      <Group gap="xs" component="ul" className={classes.list}>
        {items.map((item) => (
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
