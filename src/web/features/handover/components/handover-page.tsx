import { Alert, Anchor, Button, Checkbox, Fieldset, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Responsibilities } from '../../../../shared/handover';
import { isApiError } from '../../../kit/api-error';
import { ConfirmDialog } from '../../../kit/confirm-dialog';
import { ConflictAlert } from '../../../kit/conflict-alert';
import { ErrorAlert } from '../../../kit/error-alert';
import { AnchorLink } from '../../../kit/links/anchor-link';
import { notifySuccess } from '../../../kit/notify';
import { usePeople } from '../../../kit/organisation/use-people';
import { PageLoader } from '../../../kit/page-loader';
import { useDocumentTitle } from '../../../kit/use-document-title';
import { useHandOver, useResponsibilities } from '../api/handover';

const route = getRouteApi('/_authed/admin/personer/$id/overlamning');

type Kind = Responsibilities['groups'][number]['kind'];

/**
 * When someone leaves: everything they answer for, by kind, with a successor per kind (or one for
 * all), and deactivation in the same step. A kind left without a successor stays with the person
 * and shows in the register as a deviation until it is handed over.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const data = useResponsibilities(id);
  const people = usePeople();
  const handOver = useHandOver();
  const [choices, setChoices] = useState<Partial<Record<Kind, string>>>({});
  const [all, setAll] = useState('');
  const [deactivate, setDeactivate] = useState(true);
  const [confirming, setConfirming] = useState(false);
  useDocumentTitle(data.data ? t('handover.title', { name: data.data.person.name }) : t('handover.titlePlain'));

  if (data.isPending || people.isPending) return <PageLoader />;
  if (data.isError || !data.data) {
    return (
      <Stack gap="sm">
        <Title order={1}>{t('handover.titlePlain')}</Title>
        <ErrorAlert error={data.error} />
        <AnchorLink to="/admin/personer">{t('handover.backToPeople')}</AnchorLink>
      </Stack>
    );
  }
  const { person, groups, total } = data.data;
  const candidates = (people.data ?? []).filter((p) => p.id !== person.id);
  const options = [{ value: '', label: t('handover.keep') }, ...candidates.map((p) => ({ value: p.id, label: p.name }))];
  const chosen = groups.filter((g) => choices[g.kind]);
  const moving = chosen.reduce((n, g) => n + g.count, 0);
  const willDeactivate = person.active && deactivate;
  const conflict = isApiError(handOver.error) && handOver.error.status === 412;
  const nothingToDo = chosen.length === 0 && !willDeactivate;

  const chooseAll = (value: string) => {
    setAll(value);
    setChoices(Object.fromEntries(groups.map((g) => [g.kind, value])));
  };
  const submit = () =>
    handOver.mutate(
      {
        id: person.id,
        rowVersion: person.rowVersion,
        input: { assignments: chosen.map((g) => ({ kind: g.kind, toPersonId: choices[g.kind]! })), deactivate: willDeactivate },
      },
      {
        onSuccess: (result) => {
          setConfirming(false);
          setChoices({});
          setAll('');
          notifySuccess(t(result.active ? 'handover.done' : 'handover.doneDeactivated', { name: person.name }));
        },
      },
    );

  return (
    <Stack gap="md" maw={880}>
      <AnchorLink to="/admin/personer" size="sm">
        {t('handover.backToPeople')}
      </AnchorLink>
      <Title order={1}>{t('handover.title', { name: person.name })}</Title>
      {!person.active && (
        <Alert color="gray.8" variant="outline" title={t('handover.inactiveTitle')}>
          {t('handover.inactiveBody')}
        </Alert>
      )}
      {total === 0 ? (
        <Text>{t('handover.nothing', { name: person.name })}</Text>
      ) : (
        <>
          <Text>{t('handover.intro', { name: person.name, count: total })}</Text>
          <NativeSelect label={t('handover.allTo')} description={t('handover.allToHint')} data={options} value={all} onChange={(e) => chooseAll(e.currentTarget.value)} maw={420} />
          {groups.map((group) => (
            <Fieldset key={group.kind} legend={t('handover.groupLegend', { kind: t(`handover.kind.${group.kind}`), count: group.count })}>
              <Stack gap="xs">
                <List size="sm" spacing={2}>
                  {group.items.map((item, index) => (
                    <List.Item key={`${item.id}-${index}`}>
                      <Anchor href={item.link}>{item.name}</Anchor>
                    </List.Item>
                  ))}
                </List>
                <NativeSelect
                  label={t('handover.toPerson', { kind: t(`handover.kind.${group.kind}`) })}
                  data={options}
                  value={choices[group.kind] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setChoices((c) => ({ ...c, [group.kind]: value }));
                  }}
                  maw={420}
                />
              </Stack>
            </Fieldset>
          ))}
        </>
      )}
      {person.active && (
        <Checkbox
          checked={deactivate}
          onChange={(e) => setDeactivate(e.currentTarget.checked)}
          label={t('handover.deactivate')}
          description={t('handover.deactivateHint')}
        />
      )}
      {handOver.isError && !confirming && !conflict && <ErrorAlert error={handOver.error} title={t('handover.failed')} />}
      <Group>
        <Button onClick={() => setConfirming(true)} disabled={nothingToDo} color={willDeactivate ? '#b02525' : undefined}>
          {t(willDeactivate ? 'handover.submitDeactivate' : 'handover.submit')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        onClose={() => {
          setConfirming(false);
          handOver.reset();
        }}
        onConfirm={submit}
        loading={handOver.isPending}
        danger={willDeactivate}
        title={t('handover.confirmTitle', { name: person.name })}
        body={[
          t('handover.confirmMoving', { count: moving }),
          total - moving > 0 ? t('handover.confirmRemaining', { count: total - moving }) : '',
          willDeactivate ? t('handover.confirmDeactivate') : '',
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t(willDeactivate ? 'handover.submitDeactivate' : 'handover.submit')}
      >
        {conflict && <ConflictAlert onReload={() => void data.refetch().then(() => handOver.reset())} />}
        {handOver.isError && !conflict && <ErrorAlert error={handOver.error} title={t('handover.failed')} />}
      </ConfirmDialog>
    </Stack>
  );
}
