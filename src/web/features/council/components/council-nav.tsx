import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../../kit/section-nav';

/** The IT council's pages: meetings, the inbox of reported acquisitions, and the decision log. */
export function CouncilNav() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('council.nav.label')}
      links={[
        { to: '/itrad', label: t('council.nav.meetings'), exact: true },
        { to: '/itrad/inkorg', label: t('council.nav.inbox') },
        { to: '/itrad/beslut', label: t('council.nav.decisions') },
      ]}
    />
  );
}
