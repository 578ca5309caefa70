import { Alert, Button, FileInput, Group, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch, MappingEntry, UnknownValue } from '../../../../shared/imports';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatNumber } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { fileToBase64, useImportBatch, useRunImport, useStartImport, useUndoImport } from '../api/imports';

/** The API's bound: about 30 MB as a file. */
const MAX_FILE_BYTES = 30 * 1024 * 1024;

/**
 * Importing the register from a spreadsheet (issue 12, item 1): upload → the dry run's problems
 * and the mapping of unknown values → the run with its progress → the result, and the undo. The
 * batch is in the address, so a reload comes back to it.
 */
export function RegisterImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.title'));
  const search = useSearch({ strict: false }) as { batch?: string };
  const navigate = useNavigate();
  const batch = useImportBatch(search.batch);
  const show = (id?: string) => void navigate({ to: '/system/importera', search: id ? { batch: id } : {} } as never);

  return (
    <Stack gap="md" maw={1100}>
      <AnchorLink to="/system" size="sm">
        {t('imports.back')}
      </AnchorLink>
      <Title order={1}>{t('imports.title')}</Title>
      {!search.batch && <UploadForm onStarted={show} />}
      {search.batch && batch.isError && <ErrorAlert error={batch.error} />}
      {search.batch && batch.isPending && <PageLoader />}
      {batch.data && <BatchView batch={batch.data} onRestart={() => show()} />}
    </Stack>
  );
}

function UploadForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t('imports.upload.required'));
    if (!/\.(xlsx|csv)$/i.test(file.name)) return setError(t('imports.upload.type'));
    if (file.size > MAX_FILE_BYTES) return setError(t('imports.upload.tooLarge'));
    setError(null);
    start.mutate({ filename: file.name, contentBase64: await fileToBase64(file) }, { onSuccess: (b) => onStarted(b.id) });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm" maw={640}>
        <Text>{t('imports.upload.intro')}</Text>
        <FileInput
          id="import-file"
          label={t('imports.upload.label')}
          description={t('imports.upload.hint')}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          required
          clearable
          value={file}
          onChange={setFile}
          error={error ?? undefined}
        />
        {start.isError && <ErrorAlert error={start.error} />}
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('imports.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ProgressView({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const p = batch.progress;
  const value = p && p.rows > 0 ? Math.round((p.row / p.rows) * 100) : null;
  const text = !p
    ? t('imports.progress.starting')
    : t(`imports.progress.${p.phase}`, { sheet: p.sheet, row: formatNumber(p.row), rows: formatNumber(p.rows) });
  return (
    <Stack gap="xs">
      <Progress value={value ?? 100} animated={value === null} striped={value === null} aria-label={t('imports.progress.label')} size="lg" />
      <Text role="status" aria-live="polite">
        {text}
      </Text>
    </Stack>
  );
}

function BatchView({ batch, onRestart }: { batch: ImportBatch; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text>{t('imports.file', { filename: batch.filename })}</Text>
      {(batch.status === 'analysing' || batch.status === 'running') && <ProgressView batch={batch} />}
      {batch.status === 'analysed' && batch.report && <DryRunView batch={batch} onRestart={onRestart} />}
      {batch.status === 'done' && <DoneView batch={batch} />}
      {batch.status === 'undone' && (
        <Alert color="#1c4f8a" variant="outline" title={t('imports.undone.title')}>
          {t('imports.undone.body')}
        </Alert>
      )}
      {batch.status === 'failed' && (
        <Alert color="#a51d2d" variant="outline" title={t('imports.failed')}>
          {batch.failure}
        </Alert>
      )}
      {(batch.status === 'failed' || batch.status === 'undone' || batch.status === 'done') && (
        <Group>
          <Button variant="light" onClick={onRestart}>
            {t('imports.again')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const CREATE = '__create__';
const EMPTY = '__empty__';
const keyOf = (u: UnknownValue) => `${u.column}\u0000${u.value}`;
const initialChoice = (u: UnknownValue) => u.proposal?.target ?? (u.canCreate ? CREATE : EMPTY);

function DryRunView({ batch, onRestart }: { batch: ImportBatch; onRestart: () => void }) {
  const { t } = useTranslation();
  const report = batch.report!;
  const run = useRunImport();
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(report.unknowns.map((u) => [keyOf(u), initialChoice(u)])));
  const mapping: MappingEntry[] = report.unknowns.map((u) => {
    const choice = choices[keyOf(u)] ?? initialChoice(u);
    return choice === CREATE
      ? { column: u.column, value: u.value, action: 'create', target: null }
      : choice === EMPTY
        ? { column: u.column, value: u.value, action: 'empty', target: null }
        : { column: u.column, value: u.value, action: 'use', target: choice };
  });
  const total = report.sheets.reduce((n, s) => n + s.creates + s.updates, 0);
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('imports.dryRun.title')}
      </Title>
      <Text>{t('imports.dryRun.nothingChanged')}</Text>
      <TableScroll minWidth={560} label={t('imports.dryRun.sheetsCaption')}>
        <Table>
          <Table.Caption>{t('imports.dryRun.sheetsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.columns.sheet')}</Table.Th>
              <Table.Th scope="col">{t('imports.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('imports.columns.rows')}</Table.Th>
              <Table.Th scope="col">{t('imports.columns.creates')}</Table.Th>
              <Table.Th scope="col">{t('imports.columns.updates')}</Table.Th>
              <Table.Th scope="col">{t('imports.columns.skipped')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.sheets.map((s) => (
              <Table.Tr key={s.sheet}>
                <Table.Th scope="row">{s.kind !== 'unsupported' ? s.sheet : t('imports.dryRun.notRead', { sheet: s.sheet })}</Table.Th>
                <Table.Td>{t(`imports.kinds.${s.kind}`)}</Table.Td>
                <Table.Td>{formatNumber(s.rows)}</Table.Td>
                <Table.Td>{formatNumber(s.creates)}</Table.Td>
                <Table.Td>{formatNumber(s.updates)}</Table.Td>
                <Table.Td>{formatNumber(s.skipped)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>

      <Title order={3} size="h4">
        {t('imports.problems.title', { count: report.problemCount, formatted: formatNumber(report.problemCount) })}
      </Title>
      {report.problemCount === 0 ? (
        <Text>{t('imports.problems.none')}</Text>
      ) : (
        <>
          {report.problems.length < report.problemCount && <Text size="sm">{t('imports.problems.first', { shown: formatNumber(report.problems.length) })}</Text>}
          <TableScroll minWidth={720} label={t('imports.problems.caption')}>
            <Table>
              <Table.Caption>{t('imports.problems.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('imports.columns.sheet')}</Table.Th>
                  <Table.Th scope="col">{t('imports.columns.row')}</Table.Th>
                  <Table.Th scope="col">{t('imports.columns.column')}</Table.Th>
                  <Table.Th scope="col">{t('imports.columns.severity')}</Table.Th>
                  <Table.Th scope="col">{t('imports.columns.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{p.sheet}</Table.Td>
                    <Table.Td>{p.row || '–'}</Table.Td>
                    <Table.Td>{p.column || '–'}</Table.Td>
                    <Table.Td>{t(`imports.severity.${p.severity}`)}</Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}

      <Title order={3} size="h4">
        {t('imports.mapping.title')}
      </Title>
      {report.unknowns.length === 0 ? (
        <Text>{t('imports.mapping.none')}</Text>
      ) : (
        <Stack gap="sm" maw={640}>
          <Text>{t('imports.mapping.intro')}</Text>
          {report.unknowns.map((u) => {
            const data = [
              ...(u.proposal ? [{ value: u.proposal.target, label: t('imports.mapping.use', { label: u.proposal.label }) }] : []),
              ...u.options.filter((o) => o.target !== u.proposal?.target).map((o) => ({ value: o.target, label: t('imports.mapping.use', { label: o.label }) })),
              ...(u.canCreate ? [{ value: CREATE, label: t(u.column === 'owner' || u.column === 'manager' ? 'imports.mapping.createPerson' : 'imports.mapping.create', { value: u.value }) }] : []),
              { value: EMPTY, label: t('imports.mapping.empty') },
            ];
            return (
              <Select
                key={keyOf(u)}
                label={t('imports.mapping.label', { column: u.columnLabel, value: u.value, count: u.rows })}
                data={data}
                allowDeselect={false}
                value={choices[keyOf(u)] ?? initialChoice(u)}
                onChange={(value) => value && setChoices((c) => ({ ...c, [keyOf(u)]: value }))}
              />
            );
          })}
        </Stack>
      )}
      {run.isError && <ErrorAlert error={run.error} />}
      <Group>
        <Button onClick={() => run.mutate({ batch, mapping })} loading={run.isPending} disabled={total === 0}>
          {t('imports.run', { count: total, formatted: formatNumber(total) })}
        </Button>
        <Button variant="light" onClick={onRestart}>
          {t('imports.otherFile')}
        </Button>
      </Group>
    </Stack>
  );
}

function DoneView({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const undo = useUndoImport();
  const [confirming, setConfirming] = useState(false);
  const counts = batch.counts ?? { created: 0, updated: 0, skipped: 0 };
  return (
    <Stack gap="sm">
      <Alert color="#2b6a3a" variant="outline" title={t('imports.done.title')}>
        <Text role="status">{t('imports.done.body', { created: formatNumber(counts.created), updated: formatNumber(counts.updated), skipped: formatNumber(counts.skipped) })}</Text>
      </Alert>
      <Group>
        <AnchorLink to="/system">{t('imports.done.toRegister')}</AnchorLink>
        {batch.allowedUndo && (
          <Button color="#a51d2d" variant="outline" onClick={() => setConfirming(true)}>
            {t('imports.undo.action')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('imports.undo.title')}
        body={t('imports.undo.body', { created: formatNumber(counts.created), updated: formatNumber(counts.updated) })}
        confirmLabel={t('imports.undo.confirm')}
        cancelLabel={t('imports.undo.keep')}
        danger
        loading={undo.isPending}
        onClose={() => {
          setConfirming(false);
          undo.reset();
        }}
        onConfirm={() => undo.mutate(batch, { onSuccess: () => setConfirming(false) })}
      >
        {undo.isError && <ErrorAlert error={undo.error} />}
      </ConfirmDialog>
    </Stack>
  );
}
