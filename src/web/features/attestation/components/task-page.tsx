import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDateTime, formatKronor } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { ButtonLink } from '../../../kit/links/button-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useNarrowScreen } from '../../../kit/use-narrow-screen';
import { useConfirmTask, useTask } from '../api/attestation';
import { StateBadge } from './state-badge';

const route = getRouteApi('/_authed/attestering/$id');

/** One system to attest: the record as it stands and "Stämmer detta?", answered with one click. */
export function TaskPage() {
  const { t } = useTranslation();
  const l = (key: string, values?: Record<string, unknown>) => t(`attestation.task.${key}`, values);
  const { id } = route.useParams();
  const query = useTask(id);
  const confirm = useConfirmTask();
  const [correcting, setCorrecting] = useState(false);
  const narrow = useNarrowScreen();
  const task = query.data;
  useDocumentTitle(task ? l('title', { name: task.system.name }) : undefined);

  if (query.isPending) return <PageLoader />;
  if (!task) {
    return (
      <Stack>
        <Title order={1}>{l('notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const s = task.system;
  const none = l('none');
  const level = (v: number | null) => (v === null ? l('unclassified') : String(v));
  const answer = () =>
    confirm.mutate({ id, rowVersion: task.rowVersion }, { onSuccess: (done) => { setCorrecting(false); notifySuccess(l('done', { name: done.system.name })); } });

  // On a phone the record is a long column of fields: the question and its one-click answer come
  // first there, so the owner need not scroll past thirteen fields to answer; the record follows.
  const questionSection = task.allowedConfirm && (
    <Paper withBorder p="md" component="section" aria-labelledby="question-heading">
      <Title order={2} size="h3" id="question-heading" mb="sm">
        {l('question')}
      </Title>
      {confirm.isError && <ErrorAlert error={confirm.error} />}
      {!correcting ? (
        <Group>
          <Button onClick={answer} loading={confirm.isPending}>
            {l('yes')}
          </Button>
          <Button variant="outline" onClick={() => setCorrecting(true)}>
            {l('no')}
          </Button>
        </Group>
      ) : (
        <Stack gap="sm">
          <Text>{l('correctIntro')}</Text>
          <Group>
            {/* The system's name makes the label long: it wraps inside a button that grows, not out of it. */}
            <ButtonLink to="/system/$id/redigera" params={{ id: s.id }} search={{ tillbaka: `/attestering/${id}` }} h="auto" mih={36} py={6} styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.3 } }}>
              {l('correctLink', { name: s.name })}
            </ButtonLink>
            <Button variant="outline" onClick={answer} loading={confirm.isPending}>
              {l('confirmCorrection')}
            </Button>
            <Button variant="subtle" onClick={() => setCorrecting(false)}>
              {l('cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );

  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/attestering" size="sm">
        {l('back')}
      </AnchorLink>
      <Group gap="sm" align="center">
        <Title order={1}>{l('title', { name: s.name })}</Title>
        <StateBadge state={task.state} />
      </Group>
      <Text>{l('dueDate', { date: formatDate(task.dueDate) })}</Text>
      {task.confirmedAt && task.confirmedBy && task.state !== 'open' && <Text>{l('confirmedBy', { name: task.confirmedBy, at: formatDateTime(task.confirmedAt) })}</Text>}
      {narrow && questionSection}
      <Paper withBorder p="md" component="section" aria-labelledby="record-heading">
        <Title order={2} size="h3" id="record-heading" mb="sm">
          {l('record')}
        </Title>
        <DetailList
          items={[
            { label: t('fields.name'), value: s.name },
            { label: t('fields.description'), value: s.description || none },
            { label: t('fields.kind'), value: t(`enums.kind.${s.kind}`) },
            { label: t('fields.lifecycle'), value: t(`enums.lifecycle.${s.lifecycle}`) },
            { label: t('fields.vendor'), value: s.vendor ?? none },
            { label: t('fields.ownerName'), value: s.ownerName ?? none },
            { label: t('fields.managerName'), value: s.managerName ?? none },
            { label: t('fields.departmentIds'), value: s.departments.length ? s.departments.join(', ') : none },
            { label: t('fields.yearlyCost'), value: s.yearlyCost === null ? none : formatKronor(s.yearlyCost) },
            { label: t('fields.personalData'), value: s.personalData ? l('yesNo.yes') : l('yesNo.no') },
            { label: t('fields.classification_k'), value: level(s.classification.k) },
            { label: t('fields.classification_r'), value: level(s.classification.r) },
            { label: t('fields.classification_t'), value: level(s.classification.t) },
          ]}
        />
      </Paper>
      {task.roundClosed && task.state === 'open' && <Alert color="#1c4f8a" variant="outline">{l('closed')}</Alert>}
      {!task.allowedConfirm && !task.roundClosed && (task.state === 'open' || task.state === 'dropped') && <Text>{l('notYours', { name: task.ownerName })}</Text>}
      {!narrow && questionSection}
    </Stack>
  );
}
