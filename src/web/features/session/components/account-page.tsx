import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { PasswordForm } from './password-form';

/** The signed-in person's own page: who Roder thinks they are, and a new password. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.account.title'));
  const session = useSession();
  if (!session) return null;
  const rows = [
    { label: t('session.account.name'), value: session.person.name },
    { label: t('session.account.email'), value: session.account.email },
    { label: t('session.account.role'), value: session.role.name },
    { label: t('session.account.municipality'), value: session.organisation.name },
    { label: t('session.account.department'), value: session.department?.name ?? '–' },
  ];

  return (
    <Stack gap="lg">
      <Title order={1}>{t('session.account.title')}</Title>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-heading" maw={560}>
        <Title order={2} size="h3" id="account-heading" mb="sm">
          {t('session.account.details')}
        </Title>
        <SimpleGrid component="dl" cols={2} spacing="xs" verticalSpacing={6} m={0} style={{ gridTemplateColumns: 'auto 1fr' }}>
          {rows.map((row) => (
            <Fragment key={row.label}>
              <Text component="dt" fw={600} size="sm">
                {row.label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {row.value}
              </Text>
            </Fragment>
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('session.account.changesByAdmin')}
        </Text>
      </Paper>
      <PasswordForm />
    </Stack>
  );
}
