import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, MergedInitiative } from '../../../../shared/itplan-merge';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useCandidates, useRound, useSplit } from '../api/candidates';
import { DismissDialog, MergeDialog } from './candidate-dialogs';

const route = getRouteApi('/_authed/it-planer/$roundId/kandidater');

type Need = Candidate['needs'][number];
const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 217).trimEnd()}…` : text);

/** Needs met once (issue 14, item 3): the round's likely duplicate needs, best first, to merge or to dismiss. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const c = (key: string, options?: Record<string, unknown>) => t(`planMerge.${key}`, options ?? {});
  const { roundId } = route.useParams();
  const query = useCandidates(roundId);
  const round = useRound(roundId);
  const [merging, setMerging] = useState<Candidate | null>(null);
  const [dismissing, setDismissing] = useState<Candidate | null>(null);
  useDocumentTitle(c('title'));
  if (query.isPending) return <PageLoader />;
  if (!query.data) {
    return (
      <Stack>
        <Title order={1}>{c('title')}</Title>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  const list = query.data;
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <AnchorLink to="/it-planer/$roundId" params={{ roundId }} size="sm">
          {c('back')}
        </AnchorLink>
        <Title order={1}>{c('title')}</Title>
        {round.data && <Text c="dimmed">{round.data.title}</Text>}
        <Text maw={800}>{c('intro')}</Text>
      </Stack>
      <Title order={2} size="h3" id="candidates-heading">
        {c('heading')}
      </Title>
      {list.items.length === 0 ? (
        <Text>{c('none')}</Text>
      ) : (
        <Stack gap="md" component="ol" aria-labelledby="candidates-heading" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.items.map((item) => (
            <li key={`${item.needs[0]!.id}:${item.needs[1]!.id}`}>
              <CandidateCard item={item} allowedManage={list.allowedManage} onMerge={() => setMerging(item)} onDismiss={() => setDismissing(item)} />
            </li>
          ))}
        </Stack>
      )}
      {list.merged.length > 0 && <MergedSection merged={list.merged} allowedManage={list.allowedManage} />}
      {merging && <MergeDialog roundId={roundId} item={merging} onClose={() => setMerging(null)} onReload={() => void query.refetch()} reloading={query.isFetching} />}
      {dismissing && <DismissDialog roundId={roundId} item={dismissing} onClose={() => setDismissing(null)} onReload={() => void query.refetch()} reloading={query.isFetching} />}
    </Stack>
  );
}

function NeedSummary({ need }: { need: Need }) {
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {need.department.name}
      </Text>
      <Text fw={600}>{need.title}</Text>
      {need.description && <Text size="sm">{excerpt(need.description)}</Text>}
    </Stack>
  );
}

interface CardProps {
  item: Candidate;
  allowedManage: boolean;
  onMerge: () => void;
  onDismiss: () => void;
}

function CandidateCard({ item, allowedManage, onMerge, onDismiss }: CardProps) {
  const { t } = useTranslation();
  const c = (key: string, options?: Record<string, unknown>) => t(`planMerge.${key}`, options ?? {});
  const [first, second] = item.needs as [Need, Need];
  const words = item.words.map((w) => (w.first === w.second ? w.first : `${w.first} ≈ ${w.second}`));
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Badge variant="outline" color="#1c5a8a" tt="none">
            {c('score', { score: Math.round(item.score * 100) })}
          </Badge>
          {!item.mergeable && (
            <Text size="sm" c="#8a4b00">
              {c('notSubmitted')}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NeedSummary need={first} />
          <NeedSummary need={second} />
        </SimpleGrid>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {c('reasons')}
          </Text>
          {words.length > 0 && <Text size="sm">{c('words', { words: words.join(', ') })}</Text>}
          {item.capabilities.length > 0 && <Text size="sm">{c('capabilities', { names: item.capabilities.map((x) => x.name).join(', ') })}</Text>}
          {item.systems.length > 0 && <Text size="sm">{c('systems', { names: item.systems.map((x) => x.name).join(', ') })}</Text>}
        </Stack>
        {allowedManage && (
          <Group gap="sm">
            <Button onClick={onMerge} disabled={!item.mergeable}>
              {c('merge.action')}
            </Button>
            <Button variant="default" onClick={onDismiss}>
              {c('dismiss.action')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The initiatives that already meet more than one need, each with its needs; the strategist can split one again. */
function MergedSection({ merged, allowedManage }: { merged: MergedInitiative[]; allowedManage: boolean }) {
  const { t } = useTranslation();
  const c = (key: string) => t(`planMerge.split.${key}`);
  const split = useSplit();
  const [splitting, setSplitting] = useState<MergedInitiative | null>(null);
  const close = () => {
    split.reset();
    setSplitting(null);
  };
  return (
    <section aria-labelledby="merged-heading">
      <Title order={2} size="h3" id="merged-heading" mb="sm">
        {c('heading')}
      </Title>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {merged.map((initiative) => (
          <li key={initiative.id}>
            <Card withBorder padding="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={2}>
                  <Text fw={600}>{initiative.title}</Text>
                  {initiative.needs.map((need) => (
                    <Text key={need.id} size="sm">
                      {need.department.name}: {need.title}
                    </Text>
                  ))}
                </Stack>
                {allowedManage && (
                  <Button variant="default" onClick={() => setSplitting(initiative)}>
                    {c('action')}
                  </Button>
                )}
              </Group>
            </Card>
          </li>
        ))}
      </Stack>
      <ConfirmDialog
        opened={splitting !== null}
        title={c('title')}
        body={c('body')}
        confirmLabel={c('action')}
        loading={split.isPending}
        onClose={close}
        onConfirm={() =>
          splitting &&
          split.mutate(
            { id: splitting.id, rowVersion: splitting.rowVersion },
            {
              onSuccess: () => {
                notifySuccess(c('done'));
                close();
              },
            },
          )
        }
      >
        {split.error ? <ErrorAlert error={split.error} /> : null}
      </ConfirmDialog>
    </section>
  );
}
