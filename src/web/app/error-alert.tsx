import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** An async error, announced to screen readers (role="alert"). */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('errors.title')} role="alert" my="md">
      {errorMessage(t, error)}
    </Alert>
  );
}
