import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalInitiative } from '../../../../shared/municipal-plan';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useMunicipalPlan, usePlanVersions, versionUrls } from '../api/municipal-plan';
import { DecidePlanDialog } from './decide-plan-dialog';
import { InitiativeActions } from '../initiative-actions';
import { EditInitiativeDialog } from './edit-initiative-dialog';
import { DepartmentTotalsTable, InitiativeTable, YearTotalsTable } from './plan-tables';

const route = getRouteApi('/_authed/it-planer/$roundId/kommunplan');

/** The municipal IT plan of a round: the ranked initiatives, the sums against the budget frames, the edits and the decision. */
export function MunicipalPlanPage() {
  const { t } = useTranslation();
  const { roundId } = route.useParams();
  const query = useMunicipalPlan(roundId);
  const plan = query.data;
  const [editing, setEditing] = useState<MunicipalInitiative | null>(null);
  const [acting, setActing] = useState<MunicipalInitiative | null>(null);
  const [deciding, setDeciding] = useState(false);
  const title = plan ? t('municipalPlan.title', { title: plan.round.title }) : undefined;
  useDocumentTitle(title);

  if (query.isPending) return <PageLoader />;
  if (!plan) {
    return (
      <Stack>
        <Title order={1}>{t('municipalPlan.notFound')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const reload = () => void query.refetch();
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap="xs">
        <AnchorLink to="/it-planer/$roundId" params={{ roundId }} size="sm">
          {t('municipalPlan.back')}
        </AnchorLink>
        <Title order={1}>{title}</Title>
        <Text>{t('municipalPlan.period', { first: plan.round.firstYear, last: plan.round.lastYear, budgetYear: plan.round.budgetYear })}</Text>
        {plan.allowedManage && (
          <Group>
            <Button onClick={() => setDeciding(true)}>{t('municipalPlan.decide.open')}</Button>
          </Group>
        )}
      </Stack>
      {plan.round.status === 'decided' && <Versions roundId={roundId} />}
      <YearTotalsTable plan={plan} />
      <DepartmentTotalsTable plan={plan} />
      <InitiativeTable plan={plan} followUp onEdit={plan.allowedManage && plan.round.status === 'open' ? setEditing : undefined} onAct={setActing} />
      <Modal
        opened={acting !== null}
        onClose={() => setActing(null)}
        title={acting ? t('municipalPlan.initiatives.actTitle', { title: acting.title }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {acting && <InitiativeActions initiativeId={acting.id} />}
      </Modal>
      {editing && <EditInitiativeDialog plan={plan} initiative={editing} onClose={() => setEditing(null)} onReload={reload} />}
      {deciding && <DecidePlanDialog plan={plan} onClose={() => setDeciding(false)} onReload={reload} />}
    </Stack>
  );
}

/** After the decision: each decided version, with its page and its Word document. */
function Versions({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const versions = usePlanVersions(roundId).data?.items ?? [];
  return (
    <Alert variant="outline" color="#1b5e20" title={t('municipalPlan.decided')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('municipalPlan.versions.heading')}
        </Title>
        <List>
          {versions.map((v) => (
            <List.Item key={v.version}>
              <Group gap="sm">
                <AnchorLink to="/it-planer/$roundId/kommunplan/version/$version" params={{ roundId, version: String(v.version) }}>
                  {t('municipalPlan.versions.item', { version: v.version, body: v.decision.decidingBody, date: formatDate(v.decision.decidedOn) })}
                </AnchorLink>
                <Anchor href={versionUrls(roundId, v.version).docx} download>
                  {t('municipalPlan.versions.docx', { version: v.version })}
                </Anchor>
                <Anchor href={versionUrls(roundId, v.version).pdf} download>
                  {t('municipalPlan.versions.pdf', { version: v.version })}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
