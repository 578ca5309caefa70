import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { ButtonLink } from '../../kit/links/button-link';
import { useLogout } from '../session/use-logout';

/** Who is signed in, as what, in which municipality; their own account; and the way out. */
export function UserSummary({ session }: { session: Session }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Group gap="sm" wrap="nowrap">
      <div>
        <Text size="sm" fw={600} lh={1.2}>
          {session.person.name}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {t('app.user.roleInMunicipality', { role: session.role.name, municipality: session.organisation.name })}
        </Text>
      </div>
      <ButtonLink
        to="/mitt-konto"
        size="compact-sm"
        variant="subtle"
        activeProps={{ 'aria-current': 'page', variant: 'light' }}
      >
        {t('app.user.account')}
      </ButtonLink>
      <Button size="compact-sm" variant="outline" loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('app.logout')}
      </Button>
    </Group>
  );
}
