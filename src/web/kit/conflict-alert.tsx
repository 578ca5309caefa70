import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
  /** What happened, in words; the server's own message where the UI has none of its own. */
  message?: string;
}

/**
 * Someone else saved first (412). Said in words, with the way forward; nothing was overwritten.
 * Focus moves here so keyboard and screen reader users meet it at once.
 */
export function ConflictAlert({ onReload, reloading, message }: ConflictAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} color="#8a4b00" variant="outline" role="alert" title={t('common.conflict.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? t('errors.codes.precondition_failed')}</Text>
        <Button onClick={onReload} loading={reloading}>
          {t('common.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
