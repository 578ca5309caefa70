import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ResponseKind, responseKinds } from '../../../../shared/consultations';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFieldErrors } from '../../../kit/forms/use-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useRespond } from '../api/use-consultation-mutations';

interface Comment {
  id: string;
  response: ResponseKind | null;
  responseText: string;
  rowVersion: number;
}

/** The owner's response to one comment: accepted, partly or not accepted, with a text. */
export function CommentResponse({ consultationId, comment, label }: { consultationId: string; comment: Comment; label: string }) {
  const { t } = useTranslation();
  const [response, setResponse] = useState<string>(comment.response ?? '');
  const [text, setText] = useState(comment.responseText);
  const respond = useRespond();
  // One form per comment on the page: its ids carry the comment's.
  const fieldId = (path: string) => `consultation-response-${comment.id}-${path}`;
  const errors = useFieldErrors(respond.error, fieldId);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!response) return;
    errors.clear();
    respond.mutate(
      { id: consultationId, commentId: comment.id, rowVersion: comment.rowVersion, response: response as ResponseKind, text },
      { onSuccess: () => notifySuccess(t('consultations.respond.saved')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="xs">
        {errors.alert(respond.error) && <ErrorAlert error={respond.error} />}
        <Radio.Group
          label={t('consultations.respond.label')}
          value={response}
          error={errors.of('response')}
          onChange={(value) => {
            setResponse(value);
            errors.clear('response');
          }}
        >
          <Group gap="md" mt={4}>
            {responseKinds.map((kind, index) => (
              // The first choice takes focus when the verdict is refused.
              <Radio key={kind} id={index === 0 ? fieldId('response') : undefined} value={kind} label={t(`consultations.response.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          id={fieldId('text')}
          label={t('consultations.respond.text')}
          autosize
          minRows={2}
          maxLength={10_000}
          value={text}
          error={errors.of('text')}
          onChange={(e) => {
            setText(e.currentTarget.value);
            errors.clear('text');
          }}
        />
        <Group>
          <Button type="submit" size="compact-md" loading={respond.isPending} disabled={!response}>
            {t('consultations.respond.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
