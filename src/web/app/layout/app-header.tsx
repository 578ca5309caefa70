import { Group } from '@mantine/core';
import { AnchorLink } from '../../kit/links/anchor-link';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { useNarrowScreen } from '../../kit/use-narrow-screen';
import { AccountMenu } from './account-menu';
import { CompactHeader } from './compact-header';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/**
 * The wide header, one row: the name and the main menu, and at the right the account button (the
 * person, the language, "Mitt konto" and logging out are in its panel). Signed out, the language
 * choice stands there instead. A narrow screen gets the compact header.
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
      {session ? <AccountMenu session={session} /> : <LanguageSwitch />}
    </Group>
  );
}
