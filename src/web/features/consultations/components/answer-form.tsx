import { Button, Checkbox, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../../shared/consultations';
import { ErrorAlert } from '../../../kit/error-alert';
import { useFieldErrors } from '../../../kit/forms/use-field-errors';
import { notifySuccess } from '../../../kit/notify';
import { useSaveAnswer, useSubmitAnswer } from '../api/use-consultation-mutations';
import { fromTargetValue, targetOptions, targetValue } from '../lib/targets';

interface Draft {
  key: number;
  target: string;
  text: string;
}

const fieldId = (path: string) => `consultation-answer-${path}`;
/** A comment's item or paragraph is chosen in one select: the server's word for either is shown there. */
const fieldOf = (path: string) => path.replace(/^(comments\.\d+)\.(itemId|paragraph)$/, '$1.target');

/** The recipient's answer: comments tied to the text as sent, or "inget att erinra"; saved, then submitted. */
export function AnswerForm({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const mine = consultation.myAnswer!;
  const [noObjection, setNoObjection] = useState(mine.noObjection);
  const [comments, setComments] = useState<Draft[]>(mine.comments.map((c, i) => ({ key: i, target: targetValue(c), text: c.text })));
  const [nextKey, setNextKey] = useState(mine.comments.length);
  const save = useSaveAnswer();
  const submitAnswer = useSubmitAnswer();
  const options = targetOptions(t, consultation.snapshot);
  // The server names a comment by its place in the list sent, the place it has in the form.
  const errors = useFieldErrors(save.error ?? submitAnswer.error, fieldId, fieldOf);

  const onSave = (event: React.FormEvent) => {
    event.preventDefault();
    errors.clear();
    submitAnswer.reset();
    save.mutate(
      { id: consultation.id, rowVersion: mine.rowVersion, input: { noObjection, comments: noObjection ? [] : comments.map((c) => ({ ...fromTargetValue(c.target), text: c.text })) } },
      { onSuccess: () => notifySuccess(t('consultations.answer.saved')) },
    );
  };
  const onSubmit = () => {
    errors.clear();
    save.reset();
    submitAnswer.mutate({ id: consultation.id, rowVersion: mine.rowVersion }, { onSuccess: () => notifySuccess(t('consultations.answer.submitted')) });
  };
  const update = (index: number, key: number, change: Partial<Draft>) => {
    setComments((list) => list.map((c) => (c.key === key ? { ...c, ...change } : c)));
    errors.clear(`comments.${index}.${'text' in change ? 'text' : 'target'}`);
  };

  return (
    <form onSubmit={onSave} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('consultations.answer.intro', { name: mine.name })}</Text>
        {errors.alert(save.error) && <ErrorAlert error={save.error} />}
        {errors.alert(submitAnswer.error) && <ErrorAlert error={submitAnswer.error} />}
        <Checkbox
          id={fieldId('comments')}
          label={t('consultations.answer.noObjection')}
          checked={noObjection}
          error={errors.of('comments')}
          onChange={(e) => {
            setNoObjection(e.currentTarget.checked);
            errors.clear('comments');
          }}
        />
        {!noObjection &&
          comments.map((c, index) => (
            <Stack key={c.key} gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}>
              <Select
                id={fieldId(`comments.${index}.target`)}
                label={t('consultations.answer.target', { n: index + 1 })}
                error={errors.of(`comments.${index}.target`)}
                data={options}
                value={c.target}
                onChange={(value) => update(index, c.key, { target: value ?? '' })}
                allowDeselect={false}
                searchable
                openOnFocus={false}
              />
              <Textarea
                id={fieldId(`comments.${index}.text`)}
                label={t('consultations.answer.comment', { n: index + 1 })}
                autosize
                minRows={2}
                maxLength={10_000}
                value={c.text}
                error={errors.of(`comments.${index}.text`)}
                onChange={(e) => update(index, c.key, { text: e.currentTarget.value })}
              />
              <Group justify="flex-end">
                <Button variant="default" size="compact-sm" onClick={() => {
                    // The comments after it move up a place: their messages would name the wrong one.
                    setComments((list) => list.filter((x) => x.key !== c.key));
                    errors.clear('comments');
                  }}
                >
                  {t('consultations.answer.remove', { n: index + 1 })}
                </Button>
              </Group>
            </Stack>
          ))}
        {!noObjection && (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setComments((list) => [...list, { key: nextKey, target: '', text: '' }]);
                setNextKey((n) => n + 1);
              }}
            >
              {t('consultations.answer.add')}
            </Button>
          </Group>
        )}
        <Group gap="sm">
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('consultations.answer.save')}
          </Button>
          <Button onClick={onSubmit} loading={submitAnswer.isPending} disabled={mine.status !== 'draft'}>
            {t('consultations.answer.submit')}
          </Button>
        </Group>
        <Text size="sm">{t('consultations.answer.submitHint')}</Text>
      </Stack>
    </form>
  );
}
