import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../kit/detail-list';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDateTime, formatNumber } from '../../../kit/format';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { type AuditVerification, useAuditVerification } from '../api/get-audit-verification';

type Problem = AuditVerification['problems'][number];

/** The audit chain's verification for an admin: whole or broken, where it breaks, and the last signed checkpoint. */
export function AuditVerificationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.audit.title'));
  const verification = useAuditVerification();
  const data = verification.data;
  const problemText = (p: Problem) =>
    t(`admin.audit.problem.${p.code}`, { seq: p.seq ?? '–', keyId: p.keyId ?? '–', at: formatDateTime(p.checkpointAt) });

  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={1}>{t('admin.audit.title')}</Title>
        <Text>{t('admin.audit.intro')}</Text>
      </div>
      {verification.isPending && <PageLoader />}
      {verification.isError && <ErrorAlert error={verification.error} />}
      <div role="status">
        {data && (
          <Alert variant="outline" color={data.ok ? '#1b5e20' : '#a61b1b'} title={t(data.ok ? 'admin.audit.ok' : 'admin.audit.broken', { name: data.organisationName })}>
            {data.ok ? t('admin.audit.okBody', { count: data.events }) : t('admin.audit.brokenBody', { count: data.problemCount })}
          </Alert>
        )}
      </div>
      {data && (
        <>
          {!data.keyConfigured && (
            <Alert variant="outline" color="#8a4b00">
              {t('admin.audit.noKey')}
            </Alert>
          )}
          {!data.checkpointsConfigured && (
            <Alert variant="outline" color="#8a4b00">
              {t('admin.audit.noCheckpoints')}
            </Alert>
          )}
          <DetailList
            items={[
              { label: t('admin.audit.municipality'), value: data.organisationName },
              { label: t('admin.audit.events'), value: formatNumber(data.events) },
              { label: t('admin.audit.legacyEvents'), value: formatNumber(data.legacyEvents) },
              {
                label: t('admin.audit.lastCheckpoint'),
                value: data.lastCheckpoint
                  ? t('admin.audit.checkpointValue', { seq: data.lastCheckpoint.seq, at: formatDateTime(data.lastCheckpoint.at) })
                  : t('admin.audit.noCheckpointYet'),
              },
              { label: t('admin.audit.checkpointsChecked'), value: formatNumber(data.checkpointsChecked) },
              { label: t('admin.audit.checkedAt'), value: formatDateTime(data.checkedAt) },
            ]}
          />
          {data.firstBroken && (
            <section aria-labelledby="audit-first-broken">
              <Title order={2} id="audit-first-broken" size="h3" mb="sm">
                {t('admin.audit.firstBroken')}
              </Title>
              <DetailList
                items={[
                  { label: t('admin.audit.eventNumber'), value: data.firstBroken.seq },
                  { label: t('admin.audit.occurredAt'), value: formatDateTime(data.firstBroken.occurredAt) },
                  {
                    label: t('admin.audit.what'),
                    value: data.firstBroken.action ? `${data.firstBroken.action} ${data.firstBroken.entityType ?? ''} ${data.firstBroken.entityId ?? ''}` : '–',
                  },
                  {
                    label: t('admin.audit.reason'),
                    value: problemText(
                      data.problems.find((p) => p.code === data.firstBroken!.code && p.seq === data.firstBroken!.seq) ?? { code: data.firstBroken.code, seq: data.firstBroken.seq, keyId: null, checkpointAt: null },
                    ),
                  },
                ]}
              />
            </section>
          )}
          {data.problems.length > 0 && (
            <section aria-labelledby="audit-problems">
              <Title order={2} id="audit-problems" size="h3" mb="sm">
                {t('admin.audit.problems')}
              </Title>
              <List>
                {data.problems.map((p, index) => (
                  <List.Item key={`${p.code}-${p.seq}-${index}`}>{problemText(p)}</List.Item>
                ))}
              </List>
              {data.problemCount > data.problems.length && <Text mt="xs">{t('admin.audit.moreProblems', { count: data.problemCount - data.problems.length })}</Text>}
            </section>
          )}
          <Group>
            <Button variant="default" onClick={() => void verification.refetch()} loading={verification.isFetching}>
              {t('admin.audit.again')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
