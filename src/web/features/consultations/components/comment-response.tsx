import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ResponseKind, responseKinds } from '../../../../shared/consultations';
import { ErrorAlert } from '../../../kit/error-alert';
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
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!response) return;
    respond.mutate(
      { id: consultationId, commentId: comment.id, rowVersion: comment.rowVersion, response: response as ResponseKind, text },
      { onSuccess: () => notifySuccess(t('consultations.respond.saved')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="xs">
        {respond.error && <ErrorAlert error={respond.error} />}
        <Radio.Group label={t('consultations.respond.label')} value={response} onChange={setResponse}>
          <Group gap="md" mt={4}>
            {responseKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`consultations.response.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('consultations.respond.text')} autosize minRows={2} maxLength={10_000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group>
          <Button type="submit" size="compact-md" loading={respond.isPending} disabled={!response}>
            {t('consultations.respond.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
