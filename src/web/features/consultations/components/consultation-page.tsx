import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type Consultation, paragraphs } from '../../../../shared/consultations';
import { isApiError } from '../../../kit/api-error';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDateTime } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useConsultation } from '../api/use-consultations';
import { flatten, itemLabel } from '../lib/targets';
import { AnswerForm } from './answer-form';
import { CommentResponse } from './comment-response';

const route = getRouteApi('/_authed/remisser/$id');

type Target = { itemId: string | null; paragraph: number | null };

/** The submitted comments on one place of the text, each with who wrote it and the owner's response. */
function CommentsAt({ consultation, at }: { consultation: Consultation; at: Target }) {
  const { t } = useTranslation();
  const hits = consultation.recipients.flatMap((r) => r.comments.filter((c) => c.itemId === at.itemId && c.paragraph === at.paragraph).map((c) => ({ r, c })));
  if (hits.length === 0) return null;
  return (
    <Stack gap="xs" mt="xs" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-gray-5)' }}>
      {hits.map(({ r, c }) => (
        <Stack key={c.id} gap={4}>
          <Text size="sm" fw={600}>
            {r.name}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
          {c.response && (
            <Text size="sm">
              {t(`consultations.response.${c.response}`)}
              {c.responseText ? `: ${c.responseText}` : ''}
            </Text>
          )}
          {consultation.allowedRespond && <CommentResponse consultationId={consultation.id} comment={c} label={t('consultations.respond.formLabel', { name: r.name })} />}
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * One remiss round: the recipient answers here (Mina remisser leads here), and the owner reads every
 * submitted answer beside the text as it was sent, responds to each comment and sees who has not answered.
 */
export function ConsultationPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useConsultation(id);
  const c = query.data;
  useDocumentTitle(c ? t('consultations.page.title', { title: c.documentTitle }) : t('consultations.page.fallbackTitle'));
  if (query.isPending) return <PageLoader />;
  if (!c) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t('consultations.page.fallbackTitle')}</Title>
        {notFound ? <Text>{t('consultations.page.notFound')}</Text> : <ErrorAlert error={query.error} />}
        <AnchorLink to="/remisser">{t('consultations.mine.title')}</AnchorLink>
      </Stack>
    );
  }
  const pending = c.recipients.filter((r) => r.status !== 'submitted');
  const whole = { itemId: null, paragraph: null };
  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/remisser" size="sm">
        {t('consultations.mine.title')}
      </AnchorLink>
      <div>
        <Title order={1}>{t('consultations.page.title', { title: c.documentTitle })}</Title>
        <Group gap="xs" mt={4}>
          <Text>{t('consultations.page.lastAnswerOn', { date: formatDate(c.lastAnswerOn) })}</Text>
          {c.overdue && <Badge color="gray.8">{t('consultations.closed')}</Badge>}
        </Group>
        <Text size="sm">{t('consultations.page.sent', { by: c.sentBy, at: formatDateTime(c.sentOn) })}</Text>
        <AnchorLink to="/styrdokument/$id" params={{ id: c.documentId }} size="sm">
          {t('consultations.page.toDocument')}
        </AnchorLink>
      </div>
      {c.coverLetter && (
        <Alert color="#1c4f8a" variant="outline" title={t('consultations.fields.coverLetter')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.coverLetter}
          </Text>
        </Alert>
      )}
      {c.myAnswer && (
        <section aria-labelledby="my-answer">
          <Title order={2} size="h3" id="my-answer" mb="sm">
            {t('consultations.answer.title')}
          </Title>
          {c.myAnswer.canEdit ? (
            <AnswerForm key={c.myAnswer.rowVersion} consultation={c} />
          ) : (
            <Text>{c.myAnswer.status === 'submitted' ? t('consultations.answer.isSubmitted') : t('consultations.answer.tooLate')}</Text>
          )}
        </section>
      )}
      <section aria-labelledby="answers-status">
        <Title order={2} size="h3" id="answers-status" mb="sm">
          {t('consultations.page.recipients')}
        </Title>
        <List>
          {c.recipients.map((r) => (
            <List.Item key={r.id}>
              {r.name}: {t(`consultations.status.${r.status}`)}
              {r.status === 'submitted' && r.noObjection ? ` (${t('consultations.answer.noObjection')})` : ''}
              {r.answeredBy && r.answeredBy !== r.name ? ` – ${r.answeredBy}` : ''}
            </List.Item>
          ))}
        </List>
        {pending.length > 0 && <Text size="sm" mt="xs">{t('consultations.page.notAnswered', { names: pending.map((r) => r.name).join(', ') })}</Text>}
      </section>
      <section aria-labelledby="sent-text">
        <Title order={2} size="h3" id="sent-text" mb="sm">
          {t('consultations.page.sentText', { title: c.snapshot.title })}
        </Title>
        <Stack gap="sm">
          <CommentsAt consultation={c} at={whole} />
          {flatten(c.snapshot.items).map(({ item, depth }) => (
            <Paper key={item.id} withBorder p="sm" ml={depth * 16}>
              <Text fw={600}>{itemLabel(item)}</Text>
              {item.text && <Text size="sm">{item.text}</Text>}
              <CommentsAt consultation={c} at={{ itemId: item.id, paragraph: null }} />
            </Paper>
          ))}
          {paragraphs(c.snapshot.body).map((p, i) => (
            <Paper key={i} withBorder p="sm">
              <Text size="xs" c="dimmed">
                {t('consultations.target.paragraph', { n: i + 1 })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {p}
              </Text>
              <CommentsAt consultation={c} at={{ itemId: null, paragraph: i + 1 }} />
            </Paper>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
