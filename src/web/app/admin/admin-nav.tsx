import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlainLink } from '../links/plain-link';
import { hasPermission } from '../session/has-permission';
import { useSession } from '../session/use-session';
import { adminLinks } from './admin-links';
import classes from './admin-nav.module.css';

/** The admin area's own menu: a second navigation landmark, named so it is told apart from the main one. */
export function AdminNav() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <nav aria-label={t('admin.nav.label')}>
      <Group gap={0} component="ul" className={classes.list}>
        <li>
          <PlainLink
            to="/admin"
            className={classes.link}
            activeOptions={{ exact: true, includeSearch: false }}
            activeProps={{ 'aria-current': 'page', 'data-active': true }}
          >
            {t('admin.nav.overview')}
          </PlainLink>
        </li>
        {adminLinks
          .filter((link) => hasPermission(session, link.permission))
          .map((link) => (
            <li key={link.to}>
              <PlainLink
                to={link.to}
                className={classes.link}
                activeOptions={{ exact: false, includeSearch: false }}
                activeProps={{ 'aria-current': 'page', 'data-active': true }}
              >
                {t(`admin.${link.key}.title`)}
              </PlainLink>
            </li>
          ))}
      </Group>
    </nav>
  );
}
