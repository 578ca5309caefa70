import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../../kit/section-nav';

/** Reported needs and the agreements register: two pages of one section. */
export function AcquisitionsNav() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('acquisitions.nav.label')}
      links={[
        { to: '/anskaffning', label: t('acquisitions.nav.needs') },
        { to: '/avtal', label: t('acquisitions.nav.agreements') },
      ]}
    />
  );
}
