import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-error';
import { errorMessage } from './error-message';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/**
 * An async error, announced to screen readers (role="alert"). Field messages the server sent
 * where no form shows them (a refused archive) are listed, so the reason is never lost.
 */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const details = isApiError(error) ? error.errors.map((e) => e.message) : [];
  return (
    <Alert color="red.9" variant="outline" title={title ?? t('errors.title')} role="alert" my="md">
      {errorMessage(t, error)}
      {details.length > 0 && (
        <List size="sm" mt={4}>
          {details.map((message, index) => (
            <List.Item key={index}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
