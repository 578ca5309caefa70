import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { ButtonLink } from '../../kit/links/button-link';
import { useLogout } from '../session/use-logout';

/**
 * Who is signed in, as what, in which municipality; their own account; and the way out. In a row
 * in the wide header; stacked in the compact header's menu panel, where the buttons may wrap.
 */
export function UserSummary({ session, stacked = false }: { session: Session; stacked?: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const size = stacked ? 'sm' : 'compact-sm';
  const Outer = stacked ? Stack : Group;
  return (
    <Outer gap="sm" {...(stacked ? {} : { wrap: 'nowrap' as const })}>
      <div>
        <Text size="sm" fw={600} lh={1.2}>
          {session.person.name}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {t('app.user.roleInMunicipality', { role: session.role.name, municipality: session.organisation.name })}
        </Text>
      </div>
      <Group gap="sm" wrap={stacked ? 'wrap' : 'nowrap'}>
        <ButtonLink to="/mitt-konto" size={size} variant="subtle" activeProps={{ 'aria-current': 'page', variant: 'light' }}>
          {t('app.user.account')}
        </ButtonLink>
        <Button size={size} variant="outline" loading={logout.isPending} onClick={() => logout.mutate()}>
          {t('app.logout')}
        </Button>
      </Group>
    </Outer>
  );
}
