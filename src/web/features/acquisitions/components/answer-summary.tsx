import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../kit/format';
import type { AnswerView } from '../api/types';
import { describeAnswer } from '../lib/answer-text';

/** The answer in force for a step: what, who and when, and the comment. */
export function AnswerSummary({ answer }: { answer: AnswerView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text fw={600}>{t('acquisitions.route.answer', { answer: describeAnswer(t, answer) })}</Text>
      <Text size="sm">
        {t('acquisitions.route.answeredBy', { name: answer.answeredByName ?? t('acquisitions.route.unknownPerson'), at: formatDateTime(answer.answeredAt) })}
      </Text>
      {answer.comment && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('acquisitions.route.comment', { comment: answer.comment })}
        </Text>
      )}
    </Stack>
  );
}
