import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../../kit/section-nav';

/** The register and the ladder: two pages of one section. */
export function EservicesNav() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('eservices.nav.label')}
      links={[
        { to: '/e-tjanster', label: t('eservices.nav.register'), exact: true },
        { to: '/e-tjanster/trappan', label: t('eservices.nav.ladder') },
      ]}
    />
  );
}
