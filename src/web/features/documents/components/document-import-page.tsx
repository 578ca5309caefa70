import { Alert, Button, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProposal, SteeringDocument } from '../../../../shared/documents';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { useDepartments } from '../../../kit/organisation/use-departments';
import { usePeople } from '../../../kit/organisation/use-people';
import { useSession } from '../../../kit/session/use-session';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCreateDocument } from '../api/create-document';
import { useCreateProposedAssignments, type AssignmentCreationResult } from '../api/create-proposed-assignments';
import { useCreateProposedKpis, type KpiCreationResult } from '../api/create-proposed-kpis';
import { useImportDocument } from '../api/import-document';
import { useSaveProposedResponsibilities } from '../api/responsibilities';
import { keptAssignments, validateAssignmentProposals } from '../lib/assignment-proposals';
import { countItems, fromProposal, type DocumentFormValues } from '../lib/form-values';
import { keptKpis, validateKpiProposals } from '../lib/kpi-proposals';
import { keptResponsibilities, validateResponsibilityProposals } from '../lib/responsibility-proposals';
import { DocumentForm } from './document-form';
import { ImportSourceForm } from './import-source-form';

/** Today in Sweden, YYYY-MM-DD: the day a relative KPI's baseline starts from unless changed. */
const todayInSweden = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/**
 * Import in two steps: a text or file becomes a proposal, which the person checks and corrects
 * in the ordinary form (items can be changed, promoted, demoted, merged, split or removed, each
 * showing why it was proposed; goals show the KPIs their numbers set). Nothing is saved before
 * "Skapa"; then the document, the kept KPIs, the kept responsibility rows and the kept assignments
 * are saved in that one action, and a KPI, a table or an assignment that fails is shown with its
 * error, beside a link to the saved document. The parties the text names are matched to the
 * register's people and departments (party-match) before the review opens.
 */
export function DocumentImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.import.title'));
  const navigate = useNavigate();
  const session = useSession();
  const importer = useImportDocument();
  const create = useCreateDocument();
  const createKpis = useCreateProposedKpis();
  const saveResponsibilities = useSaveProposedResponsibilities();
  const createAssignments = useCreateProposedAssignments();
  const people = usePeople();
  const departments = useDepartments();
  const [proposal, setProposal] = useState<ImportProposal | null>(null);
  const [failed, setFailed] = useState<{ document: SteeringDocument; results: KpiCreationResult[]; responsibilitiesError: unknown; assignments: AssignmentCreationResult[] } | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (proposal) reviewHeading.current?.focus();
  }, [proposal]);

  const restart = () => {
    setProposal(null);
    importer.reset();
    create.reset();
    createKpis.reset();
    saveResponsibilities.reset();
    createAssignments.reset();
    setFailed(null);
  };

  const done = async (created: SteeringDocument) => {
    notifySuccess(t('documents.create.done', { title: created.title }));
    await navigate({ to: '/styrdokument/$id', params: { id: created.id } });
  };

  const save = (input: Parameters<typeof create.mutate>[0], values: DocumentFormValues) =>
    create.mutate(input, {
      onSuccess: async (created) => {
        const kpis = keptKpis(values.items, created.items);
        const results = kpis.length ? await createKpis.mutateAsync(kpis) : [];
        const table = keptResponsibilities(values.responsibilities);
        // The error that stopped the table, or null: a document saved without its table is never silent.
        const responsibilitiesError: unknown = table
          ? await saveResponsibilities.mutateAsync({ documentId: created.id, input: table }).then(
              () => null,
              (error: unknown) => error ?? new Error('responsibilities not saved'),
            )
          : null;
        const kept = keptAssignments(values.items, created.items);
        const assignments = kept.length ? await createAssignments.mutateAsync({ documentId: created.id, assignments: kept }) : [];
        if (results.every((r) => r.id) && !responsibilitiesError && assignments.every((a) => a.id)) return done(created);
        setFailed({ document: created, results, responsibilitiesError, assignments });
      },
    });

  if (failed) {
    const problems = failed.results.filter((r) => r.error);
    const failedAssignments = failed.assignments.filter((a) => a.error);
    return (
      <Stack gap="md" maw={960}>
        <Title order={1}>{t('documents.import.title')}</Title>
        {problems.length > 0 && (
          <Alert color="#b02525" variant="outline" title={t('documents.kpiProposal.failedTitle', { count: problems.length })}>
            <Stack gap="xs">
              <Text size="sm">{t('documents.kpiProposal.failedBody', { title: failed.document.title, created: failed.results.length - problems.length })}</Text>
              <List size="sm">
                {problems.map((r, i) => (
                  <List.Item key={i}>
                    <Text size="sm" fw={600}>
                      {r.name}
                    </Text>
                    <ErrorAlert error={r.error} />
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        {failed.responsibilitiesError !== null && (
          <Alert color="#b02525" variant="outline" title={t('documents.responsibilityProposal.failedTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('documents.responsibilityProposal.failedBody', { title: failed.document.title })}</Text>
              <ErrorAlert error={failed.responsibilitiesError} />
            </Stack>
          </Alert>
        )}
        {failedAssignments.length > 0 && (
          <Alert color="#b02525" variant="outline" title={t('documents.assignmentProposal.failedTitle', { count: failedAssignments.length })}>
            <Stack gap="xs">
              <Text size="sm">{t('documents.assignmentProposal.failedBody', { title: failed.document.title, created: failed.assignments.length - failedAssignments.length })}</Text>
              <List size="sm">
                {failedAssignments.map((a, i) => (
                  <List.Item key={i}>
                    <Text size="sm" fw={600}>
                      {a.title}
                    </Text>
                    <ErrorAlert error={a.error} />
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        <AnchorLink to="/styrdokument/$id" params={{ id: failed.document.id }}>
          {t('documents.kpiProposal.openDocument', { title: failed.document.title })}
        </AnchorLink>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={960}>
      <AnchorLink to="/styrdokument" size="sm">
        {t('documents.detail.backToList')}
      </AnchorLink>
      <Title order={1}>{t('documents.import.title')}</Title>
      {!proposal ? (
        <>
          <Text>{t('documents.import.intro')}</Text>
          {importer.isError && <ErrorAlert error={importer.error} />}
          <ImportSourceForm proposing={importer.isPending} onPropose={(source) => importer.mutate(source, { onSuccess: setProposal })} />
        </>
      ) : (
        <>
          <Title order={2} size="h3" ref={reviewHeading} tabIndex={-1}>
            {t('documents.import.reviewTitle')}
          </Title>
          <Alert color="#1c4f8a" variant="outline" title={t('documents.import.notSavedTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('documents.import.notSavedBody', { count: countItems(proposal.items) })}</Text>
              {!proposal.typeId && <Text size="sm">{t('documents.import.noType')}</Text>}
              <Button variant="default" size="compact-sm" onClick={restart}>
                {t('documents.import.restart')}
              </Button>
            </Stack>
          </Alert>
          {people.isPending || departments.isPending ? (
            <Loader size="sm" aria-label={t('documents.import.matching')} />
          ) : (
            <DocumentForm
              initialValues={fromProposal(proposal, session?.person.id, todayInSweden(), { people: people.data ?? [], departments: departments.data ?? [] })}
              submitLabel={t('documents.create.submit')}
              submitting={create.isPending || createKpis.isPending || saveResponsibilities.isPending || createAssignments.isPending}
              error={create.error}
              onCancel={restart}
              restructure
              validateExtra={(values) => ({
                ...validateKpiProposals(t, values.items),
                ...validateResponsibilityProposals(t, values.responsibilities),
                ...validateAssignmentProposals(t, values.items),
              })}
              onSubmit={save}
            />
          )}
        </>
      )}
    </Stack>
  );
}
