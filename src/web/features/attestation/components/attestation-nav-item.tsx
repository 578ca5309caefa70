import { useTranslation } from 'react-i18next';
import { PlainLink } from '../../../kit/links/plain-link';
import { hasPermission } from '../../../kit/session/has-permission';
import { useSession } from '../../../kit/session/use-session';
import { useMyTasks } from '../api/attestation';

/**
 * The menu's "Attestering", only for those who follow the rounds or have systems to attest. The
 * shell loads it lazily, so the first page carries neither this nor the attestation's schemas.
 */
export function AttestationNavItem({ className, active }: { className: string; active: boolean }) {
  const { t } = useTranslation();
  const manages = hasPermission(useSession(), 'attestation.manage');
  const tasks = useMyTasks();
  if (!manages && !tasks.data?.items.length) return null;
  return (
    <li>
      <PlainLink to={manages ? '/attestering/oversikt' : '/attestering'} className={className} aria-current={active ? 'page' : undefined} data-active={active || undefined}>
        {t('app.nav.attestation')}
      </PlainLink>
    </li>
  );
}
