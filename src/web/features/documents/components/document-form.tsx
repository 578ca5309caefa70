import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInputDraft, Item } from '../../../../shared/documents';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { ErrorSummary } from '../../../kit/forms/error-summary';
import { isOtherError, useServerFieldErrors } from '../../../kit/forms/use-server-field-errors';
import { currentLanguage } from '../../../kit/i18n';
import { validateDocument } from '../lib/document.validation';
import { documentFieldId, documentFieldLabel } from '../lib/field-label';
import { toDocumentInput, type DocumentFormValues } from '../lib/form-values';
import { FormBodySection } from './form-body-section';
import { FormMetadataSection } from './form-metadata-section';
import { ItemTreeEditor } from './item-tree-editor';
import { ItemTreeView } from './item-tree-view';
import { ResponsibilityProposalEditor } from './responsibility-proposal-editor';

interface DocumentFormProps {
  initialValues: DocumentFormValues;
  onSubmit: (input: DocumentInputDraft, values: DocumentFormValues) => void;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  /** The last save's error: field errors go to their fields, a 412 offers a reload. */
  error: unknown;
  onReloadLatest?: () => void;
  reloading?: boolean;
  currentId?: string;
  /**
   * A decided document: its text, items and decision are frozen. They are shown, not edited;
   * `frozenItems` are the saved items, and `frozenNotice` says how to change the text (a revision).
   */
  frozen?: { items: Item[]; notice: ReactNode };
  /** An import's review: items can also be promoted, demoted, merged and split. */
  restructure?: boolean;
  /** Checks beyond the document's own fields (an import's proposed KPIs), as field errors by path. */
  validateExtra?: (values: DocumentFormValues) => Record<string, string>;
}

/** The create, import and edit form: every field of DocumentInput, with the item tree. */
export function DocumentForm(props: DocumentFormProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<DocumentFormValues>({
    initialValues: props.initialValues,
    validate: (values) => ({ ...validateDocument(values, currentLanguage()), ...props.validateExtra?.(values) }),
  });
  useServerFieldErrors(props.error, form.setErrors, () => setAttempt((n) => n + 1));
  const conflict = isApiError(props.error) && props.error.status === 412;
  const frozen = Boolean(props.frozen);

  const submit = form.onSubmit(
    (values) => props.onSubmit(toDocumentInput(values), values),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict && props.onReloadLatest && (
          <ConflictAlert onReload={props.onReloadLatest} reloading={props.reloading} message={t('documents.conflict')} />
        )}
        {attempt > 0 && (
          <ErrorSummary errors={form.errors} attempt={attempt} label={(path) => documentFieldLabel(t, path)} fieldId={documentFieldId} />
        )}
        {isOtherError(props.error) && <ErrorAlert error={props.error} />}
        {props.frozen && (
          <Alert color="#1c4f8a" variant="outline" title={t('documents.edit.frozenTitle')}>
            {props.frozen.notice}
          </Alert>
        )}
        <FormMetadataSection form={form} frozen={frozen} currentId={props.currentId} />
        {props.frozen ? (
          <Stack gap="xs">
            <Text fw={600}>{t('documents.form.itemsSection')}</Text>
            {props.frozen.items.length ? <ItemTreeView items={props.frozen.items} /> : <Text>{t('documents.detail.noItems')}</Text>}
          </Stack>
        ) : (
          <>
            <ItemTreeEditor form={form} restructure={props.restructure} />
            <ResponsibilityProposalEditor form={form} />
            <FormBodySection form={form} frozen={false} />
          </>
        )}
        <Group gap="sm">
          <Button type="submit" loading={props.submitting} disabled={conflict}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
