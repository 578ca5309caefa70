import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { useDocumentConsultations } from '../api/use-consultations';
import { SendDialog } from './send-dialog';

/** The remiss rounds on a document's page, and "Skicka på remiss" for a draft its owner may move. */
export function ConsultationSection({ doc }: { doc: { id: string; title: string; rowVersion: number } }) {
  const { t } = useTranslation();
  const query = useDocumentConsultations(doc.id);
  const data = query.data;
  if (!data || (data.items.length === 0 && !data.allowedSend)) return null;
  return (
    <section aria-labelledby="document-consultations">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="document-consultations">
          {t('consultations.section.title')}
        </Title>
        {data.allowedSend && <SendDialog doc={doc} />}
      </Group>
      {data.items.length === 0 ? (
        <Text>{t('consultations.section.none')}</Text>
      ) : (
        <Stack gap="xs">
          {data.items.map((round) => (
            <Group key={round.id} gap="sm">
              <AnchorLink to="/remisser/$id" params={{ id: round.id }} fw={600}>
                {t('consultations.section.round', { date: formatDate(round.lastAnswerOn), version: round.documentVersion })}
              </AnchorLink>
              <Text size="sm">{t('consultations.section.answered', { answered: round.answered, total: round.recipients })}</Text>
              {round.overdue && <Badge color="gray.8">{t('consultations.closed')}</Badge>}
            </Group>
          ))}
        </Stack>
      )}
    </section>
  );
}
