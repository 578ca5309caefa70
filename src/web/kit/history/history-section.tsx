import { Button, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordType } from '../../../shared/records';
import { HistoryTab } from './history-tab';

/**
 * A record page's history, as a section at its end: closed at first, so the page does not read
 * the audit trail until someone asks for it. The page's route loads the `records` strings.
 */
export function HistorySection({ type, id }: { type: RecordType; id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const panelId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('records.history.title')}
        </Title>
        <div>
          <Button variant="default" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
            {open ? t('records.history.hide') : t('records.history.show')}
          </Button>
        </div>
        <div id={panelId}>{open && <HistoryTab type={type} id={id} />}</div>
      </Stack>
    </section>
  );
}
