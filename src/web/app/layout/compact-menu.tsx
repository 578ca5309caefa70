import { Divider, Drawer, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserSummary } from './user-summary';

interface CompactMenuProps {
  id: string;
  opened: boolean;
  onClose: () => void;
  session: Session;
}

/** The narrow screen's menu panel: a modal dialog from the right with the main menu, the person, the language and logging out. */
export function CompactMenu({ id, opened, onClose, session }: CompactMenuProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      id={id}
      opened={opened}
      onClose={onClose}
      position="right"
      size="min(22rem, 100%)"
      title={t('app.menu.label')}
      closeButtonProps={{ 'aria-label': t('app.menu.close') }}
    >
      <Stack gap="md">
        <MainNav vertical />
        <Divider />
        <UserSummary session={session} />
        <LanguageSwitch />
      </Stack>
    </Drawer>
  );
}
