import { Button, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../kit/api-error';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useSetDigestLimit } from '../api/held-digests';

/** The municipality's own limit: a digest run to more people than this waits for an admin. */
export function DigestLimitForm({ limit, rowVersion, onReload, reloading }: { limit: number; rowVersion: number; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  const save = useSetDigestLimit();
  const [value, setValue] = useState<number | string>(limit);
  const conflict = isApiError(save.error) && save.error.status === 412;
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) save.mutate({ digestLimit: value, rowVersion }, { onSuccess: () => notifySuccess(t('notifications.held.limitSaved')) });
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('notifications.held.limit')}
          description={t('notifications.held.limitHelp')}
          value={value}
          onChange={setValue}
          min={1}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          error={valid ? undefined : t('notifications.held.limitInvalid')}
          w={260}
        />
        <Button type="submit" loading={save.isPending} disabled={!valid}>
          {t('notifications.held.limitSave')}
        </Button>
      </Group>
      {conflict && (
        <ConflictAlert
          onReload={() => {
            save.reset();
            onReload();
          }}
          reloading={reloading}
        />
      )}
      {save.isError && !conflict && <ErrorAlert error={save.error} />}
    </form>
  );
}
