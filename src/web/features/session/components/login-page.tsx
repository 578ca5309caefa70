import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { currentLanguage } from '../../../kit/i18n';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useLogin, type LoginInput } from '../api/login';
import { toLoginInput } from '../lib/login-form';
import { validateLogin } from '../lib/login.validation';

const route = getRouteApi('/logga-in');

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.login.title'));
  const { redirect } = route.useSearch();
  const router = useRouter();
  const login = useLogin();
  const form = useForm<LoginInput>({
    initialValues: { email: '', password: '' },
    validate: (values) => validateLogin(values, currentLanguage()),
  });

  const submit = form.onSubmit((values) => {
    login.mutate(toLoginInput(values), {
      // A new navigation re-runs the route guards, which now see the session.
      onSuccess: () => router.history.push(redirect ?? '/'),
    });
  });

  return (
    <Stack maw={420} mx="auto" mt="xl">
      <Title order={1}>{t('session.login.title')}</Title>
      <Text>{t('session.login.intro')}</Text>
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
        <Stack>
          {login.isError && <ErrorAlert error={login.error} title={t('session.login.failed')} />}
          <TextInput
            label={t('session.login.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('session.login.password')}
            type="password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending}>
            {t('session.login.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
