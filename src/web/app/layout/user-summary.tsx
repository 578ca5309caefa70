import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/organisation';
import { ButtonLink } from '../../kit/links/button-link';
import { useLogout } from '../session/use-logout';

/** Who is signed in, as what, in which municipality. */
export function PersonText({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} lh={1.2}>
        {session.person.name}
      </Text>
      <Text size="xs" c="dimmed" lh={1.2}>
        {t('app.user.roleInMunicipality', { role: session.role.name, municipality: session.organisation.name })}
      </Text>
    </div>
  );
}

/** The person's own account and the way out; the buttons may wrap. */
export function AccountActions() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Group gap="sm" wrap="wrap">
      <ButtonLink to="/mitt-konto" size="sm" variant="subtle" activeProps={{ 'aria-current': 'page', variant: 'light' }}>
        {t('app.user.account')}
      </ButtonLink>
      <Button size="sm" variant="outline" loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('app.logout')}
      </Button>
    </Group>
  );
}

/** The person, their own account and the way out, stacked: in the compact header's menu panel. */
export function UserSummary({ session }: { session: Session }) {
  return (
    <Stack gap="sm">
      <PersonText session={session} />
      <AccountActions />
    </Stack>
  );
}
