import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDateTime } from '../../../kit/format';
import { isConflict } from '../../../kit/forms/use-server-field-errors';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useNoteAcquisition } from '../api/note-acquisition';
import type { AcquisitionDetail } from '../api/types';

interface CouncilSectionProps {
  acquisition: AcquisitionDetail;
  onReload: () => void;
  reloading: boolean;
}

/** Anmälningsplikt: every acquisition is reported to the IT council, which notes it and may take it up as a matter. */
export function CouncilSection({ acquisition, onReload, reloading }: CouncilSectionProps) {
  const { t } = useTranslation();
  const note = useNoteAcquisition();
  const c = (key: string) => t(`acquisitions.council.${key}`);
  return (
    <section aria-labelledby="acquisition-council">
      <Stack gap="sm">
        <Title order={2} size="h3" id="acquisition-council">
          {c('title')}
        </Title>
        <Text>
          {acquisition.councilNotedAt
            ? t('acquisitions.council.noted', { at: formatDateTime(acquisition.councilNotedAt), name: acquisition.councilNotedByName ?? '–' })
            : c('notNoted')}
        </Text>
        {!acquisition.councilNotedAt && acquisition.allowed.note && (
          <Button
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            loading={note.isPending}
            onClick={() =>
              note.mutate({ id: acquisition.id, rowVersion: acquisition.rowVersion }, { onSuccess: () => notifySuccess(c('noteDone')) })
            }
          >
            {c('note')}
          </Button>
        )}
        {isConflict(note.error) && (
          <ConflictAlert
            reloading={reloading}
            onReload={() => {
              note.reset();
              onReload();
            }}
          />
        )}
        {note.error && !isConflict(note.error) ? <ErrorAlert error={note.error} /> : null}
        {acquisition.councilItems.length === 0 ? (
          <Text size="sm">{c('noItems')}</Text>
        ) : (
          <List spacing={4}>
            {acquisition.councilItems.map((item) => (
              <List.Item key={item.id}>
                <AnchorLink to="/itrad/$id" params={{ id: item.meetingId }}>
                  {t('acquisitions.council.item', { number: item.number, date: formatDate(item.meetingDate) })}
                </AnchorLink>
                {' – '}
                {item.decision ? t(`council.decisions.${item.decision}`, { defaultValue: item.decision }) : c('undecided')}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </section>
  );
}
