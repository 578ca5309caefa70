import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../kit/error-alert';
import { notifySuccess } from '../../../kit/notify';
import { useSettings, useUpdateSettings } from '../api/attestation';

/** How many months a confirmation counts in this municipality (12 unless changed). */
export function IntervalForm() {
  const { t } = useTranslation();
  const l = (key: string, values?: Record<string, unknown>) => t(`attestation.overview.${key}`, values);
  const settings = useSettings();
  const update = useUpdateSettings();
  const [value, setValue] = useState<string | null>(null);
  if (!settings.data) return null;
  const shown = value ?? String(settings.data.intervalMonths);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { rowVersion: settings.data.rowVersion, intervalMonths: Number(shown) },
          { onSuccess: (saved) => { setValue(null); notifySuccess(l('intervalSaved', { months: saved.intervalMonths })); } },
        );
      }}
    >
      {update.isError && <ErrorAlert error={update.error} />}
      <Group align="end">
        <TextInput type="number" min={1} max={60} label={l('interval')} value={shown} onChange={(e) => setValue(e.currentTarget.value)} w={220} />
        <Button type="submit" variant="outline" loading={update.isPending}>
          {l('intervalSave')}
        </Button>
      </Group>
    </form>
  );
}
