import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { isConflict, isOtherError } from '../../../kit/forms/use-server-field-errors';
import { isApiError } from '../../../kit/api-error';
import { notifySuccess } from '../../../kit/notify';
import { useSavePrestudy } from '../api/save-prestudy';
import type { AcquisitionDetail } from '../api/types';

interface PrestudyTextProps {
  acquisition: AcquisitionDetail;
  canEdit: boolean;
  onReload: () => void;
  reloading: boolean;
}

/**
 * The pre-study's text. The save is checked against the version the text was read in; while the
 * server's text is still the one the person started from, a newer version (an attachment, an
 * answer) moves the base along, so only a real change by someone else stops the save.
 */
export function PrestudyText({ acquisition, canEdit, onReload, reloading }: PrestudyTextProps) {
  const { t } = useTranslation();
  const save = useSavePrestudy();
  const [base, setBase] = useState({ text: acquisition.prestudyText, version: acquisition.rowVersion });
  const [text, setText] = useState(acquisition.prestudyText);
  const dirty = text !== base.text;
  useEffect(() => {
    if (acquisition.prestudyText === base.text || !dirty) {
      setBase({ text: acquisition.prestudyText, version: acquisition.rowVersion });
      if (!dirty) setText(acquisition.prestudyText);
    }
    // Only a new server version should move the base.
  }, [acquisition.rowVersion, acquisition.prestudyText]);
  const p = (key: string) => t(`acquisitions.prestudy.${key}`);
  const fieldError = isApiError(save.error) ? save.error.errors.find((e) => e.field === 'prestudyText')?.message : undefined;

  if (!canEdit) {
    return (
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {p('text')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{acquisition.prestudyText || p('noText')}</Text>
      </Stack>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { id: acquisition.id, rowVersion: base.version, prestudyText: text },
          {
            onSuccess: (saved) => {
              setBase({ text: saved.prestudyText, version: saved.rowVersion });
              setText(saved.prestudyText);
              notifySuccess(p('saved'));
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        {isConflict(save.error) && (
          <ConflictAlert
            reloading={reloading}
            message={p('conflict')}
            onReload={() => {
              save.reset();
              // The newest text replaces the draft: the person has been told it was not saved.
              setBase({ text: acquisition.prestudyText, version: acquisition.rowVersion });
              setText(acquisition.prestudyText);
              onReload();
            }}
          />
        )}
        {isOtherError(save.error) && <ErrorAlert error={save.error} />}
        <Textarea
          id="prestudy-text"
          label={p('text')}
          description={p('textHint')}
          autosize
          minRows={5}
          maxRows={30}
          maxLength={50_000}
          value={text}
          error={fieldError}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" variant="default" loading={save.isPending} disabled={!dirty}>
            {p('save')}
          </Button>
          {dirty && <Text size="sm">{p('unsaved')}</Text>}
        </Group>
      </Stack>
    </form>
  );
}
