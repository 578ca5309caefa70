import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttestationOverview } from '../../../../shared/attestation';
import { ErrorAlert } from '../../../kit/error-alert';
import { formatDate, formatDecimal } from '../../../kit/format';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { TableScroll } from '../../../kit/table-scroll';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useNarrowScreen } from '../../../kit/use-narrow-screen';
import { overdueExportUrl, useCloseRound, useOpenRound, useOverview } from '../api/attestation';
import { IntervalForm } from './interval-form';
import { StateBadge } from './state-badge';

const percent = (share: number) => `${formatDecimal(share * 100, 0)} %`;

function FreshnessTable({ caption, groups }: { caption: string; groups: AttestationOverview['departments'] }) {
  const { t } = useTranslation();
  const l = (key: string, values?: Record<string, unknown>) => t(`attestation.overview.${key}`, values);
  return (
    // Three short columns fit a phone; the share is what the page is for, so it must not scroll away.
    <TableScroll minWidth={300} label={caption}>
      <Table striped verticalSpacing="xs" horizontalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{l('name')}</Table.Th>
            <Table.Th scope="col" ta="right">{l('confirmed')}</Table.Th>
            <Table.Th scope="col" ta="right">{l('share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={g.id}>
              {/* A department's name can be one long compound word ("utbildningsförvaltningen"). */}
              <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>{g.name}</Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{l('confirmedOf', { confirmed: g.confirmed, total: g.total })}</Table.Td>
              <Table.Td ta="right">{percent(g.share)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/**
 * The overdue tasks: a table where there is room; on a phone a stacked list, one card per task with
 * the owner and due date under the system's name, so nothing scrolls sideways (WCAG 1.4.10).
 */
function OverdueList({ overdue }: { overdue: AttestationOverview['overdue'] }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`attestation.overview.${key}`);
  const narrow = useNarrowScreen();
  if (narrow) {
    return (
      <Stack component="ul" gap="xs" aria-labelledby="overdue-heading" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {overdue.map((o) => (
          <Paper component="li" key={o.taskId} withBorder p="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <AnchorLink to="/attestering/$id" params={{ id: o.taskId }} fw={500} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {o.applicationName}
              </AnchorLink>
              <StateBadge state={o.state} />
            </Group>
            <Text size="sm">
              {l('owner')}: {o.ownerName}
            </Text>
            <Text size="sm">
              {l('dueDate')}: {formatDate(o.dueDate)}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <TableScroll minWidth={520} label={l('overdue')}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{l('systems')}</Table.Th>
            <Table.Th scope="col">{l('owner')}</Table.Th>
            <Table.Th scope="col">{l('dueDate')}</Table.Th>
            <Table.Th scope="col">{t('attestation.mine.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overdue.map((o) => (
            <Table.Tr key={o.taskId}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink to="/attestering/$id" params={{ id: o.taskId }}>
                  {o.applicationName}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{o.ownerName}</Table.Td>
              <Table.Td>{formatDate(o.dueDate)}</Table.Td>
              <Table.Td>
                <StateBadge state={o.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The IT strategist's view: open a round, freshness per department and owner, the overdue list. */
export function OverviewPage() {
  const { t } = useTranslation();
  const l = (key: string, values?: Record<string, unknown>) => t(`attestation.overview.${key}`, values);
  useDocumentTitle(l('title'));
  const query = useOverview();
  const open = useOpenRound();
  const close = useCloseRound();
  const [dueDate, setDueDate] = useState('');
  const data = query.data;
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="center">
        <Title order={1}>{l('title')}</Title>
        <AnchorLink to="/attestering">{l('mine')}</AnchorLink>
      </Group>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {data && (
        <>
          <Text>{l('intro', { months: data.intervalMonths })}</Text>
          <Text fw={600} size="lg">
            {l('total', { confirmed: data.confirmed, total: data.total, share: percent(data.share) })}
          </Text>
          <Paper withBorder p="md" component="section" aria-labelledby="round-heading">
            <Title order={2} size="h3" id="round-heading" mb="sm">
              {data.openRound ? l('openRound', { opened: formatDate(data.openRound.openedAt.slice(0, 10)), due: formatDate(data.openRound.dueDate), done: data.openRound.doneCount, count: data.openRound.taskCount }) : l('noRound')}
            </Title>
            {(open.isError || close.isError) && <ErrorAlert error={open.error ?? close.error} />}
            {data.openRound ? (
              <Button
                variant="outline"
                loading={close.isPending}
                onClick={() => close.mutate({ id: data.openRound!.id, rowVersion: data.openRound!.rowVersion }, { onSuccess: () => notifySuccess(l('closed')) })}
              >
                {l('close')}
              </Button>
            ) : (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  open.mutate(dueDate ? { dueDate } : {}, { onSuccess: (round) => notifySuccess(l('opened', { count: round.taskCount })) });
                }}
              >
                <Text mb="sm">{l('openHelp')}</Text>
                <Group align="end">
                  <TextInput type="date" label={l('dueDate')} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />
                  <Button type="submit" loading={open.isPending}>
                    {l('open')}
                  </Button>
                </Group>
              </form>
            )}
          </Paper>
          <IntervalForm />
          <FreshnessTable caption={l('departments')} groups={data.departments} />
          <FreshnessTable caption={l('owners')} groups={data.owners} />
          <Paper withBorder p="md" component="section" aria-labelledby="overdue-heading">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3" id="overdue-heading">
                {l('overdue')}
              </Title>
              {data.overdue.length > 0 && <Anchor href={overdueExportUrl()}>{l('export')}</Anchor>}
            </Group>
            {data.overdue.length === 0 ? (
              <Text>{l('overdueEmpty')}</Text>
            ) : (
              <OverdueList overdue={data.overdue} />
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
