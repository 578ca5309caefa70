import { Button, Stack, Title } from '@mantine/core';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../kit/error-alert';

/** What a page shows when loading it failed (server unreachable, an unexpected answer). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Stack gap="sm" maw={720}>
      <Title order={1}>{t('errors.pageFailed')}</Title>
      <ErrorAlert error={error} />
      <div>
        <Button onClick={retry}>{t('errors.retry')}</Button>
      </div>
    </Stack>
  );
}
