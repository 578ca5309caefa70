import { Group } from '@mantine/core';
import { AnchorLink } from '../../kit/links/anchor-link';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { useNarrowScreen } from '../../kit/use-narrow-screen';
import { CompactHeader } from './compact-header';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserSummary } from './user-summary';

/**
 * The wide header: the name and the main menu in one row, the language and the person beside them
 * or, where the row is too narrow for all, in a second row. A narrow screen gets the compact header.
 */
export function AppHeader({ session }: { session: Session | null }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  if (narrow) return <CompactHeader session={session} />;
  return (
    <Group justify="space-between" mih={63} px="md" py={6} gap="sm" wrap="wrap">
      {/* The menu keeps to one row beside the name: its groups open below their buttons. */}
      <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 auto', minWidth: 0 }}>
        <AnchorLink to="/" fw={700} fz="xl" c="roder.8" underline="never">
          {t('app.name')}
        </AnchorLink>
        {session && <MainNav />}
      </Group>
      <Group gap="sm" wrap="wrap">
        <LanguageSwitch />
        {session && <UserSummary session={session} />}
      </Group>
    </Group>
  );
}
