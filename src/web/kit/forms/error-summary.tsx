import { Alert, Anchor, List } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorSummaryProps {
  errors: FormErrors;
  /** Grows with every failed save: each one moves focus here again. */
  attempt: number;
  /** A field path in words. */
  label: (path: string) => string;
  /** The DOM id of the path's input, so the link can focus it. */
  fieldId: (path: string) => string;
}

/**
 * Every error of the form in one place, each a link to its field. Focus moves here after a
 * failed save, so nobody has to hunt for the red text.
 */
export function ErrorSummary({ errors, attempt, label, fieldId }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, message]) => Boolean(message));
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  if (entries.length === 0) return null;

  const focusField = (event: React.MouseEvent, path: string) => {
    const element = document.getElementById(fieldId(path));
    if (!element) return;
    event.preventDefault();
    element.focus();
  };

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      color="#b02525"
      variant="outline"
      title={t('common.errorSummary', { count: entries.length })}
    >
      <List size="sm" spacing={2}>
        {entries.map(([path, message]) => (
          <List.Item key={path}>
            <Anchor href={`#${fieldId(path)}`} onClick={(event) => focusField(event, path)} c="#b02525" fz="sm">
              {label(path)}: {message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
