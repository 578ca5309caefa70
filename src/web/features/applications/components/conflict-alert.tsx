import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
}

/**
 * Someone else saved first (412). Said in words, with the way forward; nothing was overwritten.
 * Focus moves here so keyboard and screen reader users meet it at once.
 */
export function ConflictAlert({ onReload, reloading }: ConflictAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} color="#8a4b00" variant="outline" role="alert" title={t('applications.conflict.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.codes.precondition_failed')}</Text>
        <Button onClick={onReload} loading={reloading}>
          {t('applications.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
