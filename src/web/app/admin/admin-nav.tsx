import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../kit/section-nav';
import { hasPermission } from '../../kit/session/has-permission';
import { useSession } from '../../kit/session/use-session';
import { adminLinks } from './admin-links';

/** The admin area's own menu: a second navigation landmark, named so it is told apart from the main one. */
export function AdminNav() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <SectionNav
      label={t('admin.nav.label')}
      links={[
        { to: '/admin', label: t('admin.nav.overview'), exact: true },
        ...adminLinks
          .filter((link) => hasPermission(session, link.permission))
          .map((link) => ({ to: link.to, label: t(`admin.${link.key}.title`) })),
      ]}
    />
  );
}
