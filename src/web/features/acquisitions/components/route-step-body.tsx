import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAgreementChoices } from '../../../kit/agreements/use-agreement-choices';
import { useSuggestions } from '../api/get-suggestions';
import { useSystemNames } from '../api/get-system-names';
import type { AcquisitionDetail, Suggestions } from '../api/types';
import type { RouteStepView } from '../lib/route-steps';
import { AgreementSuggestions } from './agreement-suggestions';
import { AnswerForm, type AnswerTargets } from './answer-form';
import { AnswerSummary } from './answer-summary';
import { AttachmentsSection } from './attachments-section';
import { PrestudyText } from './prestudy-text';
import { RouteBadge } from './route-badge';
import { SystemSuggestions } from './system-suggestions';

/** Roder's proposals first, best match first, then everything else that may be chosen. */
function answerTargets(
  step: RouteStepView['step'],
  data: Suggestions | undefined,
  systems: { id: string; name: string }[],
  agreements: { id: string; name: string; supplier: string | null }[],
  t: TFunction,
): AnswerTargets {
  const match = (matched: number) => t('acquisitions.suggestions.matchCount', { matched, total: data?.needCapabilities ?? 0 });
  if (step === 'agreement') {
    const suggested = (data?.agreements ?? []).map((a) => ({ value: a.id, label: `${a.name}${a.supplier ? ` (${a.supplier})` : ''} – ${match(a.matched)}` }));
    const ids = new Set(suggested.map((o) => o.value));
    return { suggested, others: agreements.filter((a) => !ids.has(a.id)).map((a) => ({ value: a.id, label: `${a.name}${a.supplier ? ` (${a.supplier})` : ''}` })) };
  }
  if (step === 'partner') {
    return { suggested: (data?.partner ?? []).map((s) => ({ value: s.id, label: `${s.name}, ${s.municipality} – ${match(s.matched)}` })), others: [] };
  }
  const suggested = (data?.internal ?? []).map((s) => ({ value: s.id, label: `${s.name} – ${match(s.matched)}` }));
  const ids = new Set(suggested.map((o) => o.value));
  return { suggested, others: systems.filter((s) => !ids.has(s.id)).map((s) => ({ value: s.id, label: s.name })) };
}

interface RouteStepBodyProps {
  acquisition: AcquisitionDetail;
  view: RouteStepView;
  /** This step's answer is being given again. */
  revising: boolean;
  onRevise: (revising: boolean) => void;
  onReload: () => void;
  reloading: boolean;
}

/** What one step of the route shows: its answer, or its question with Roder's proposals and the answer form. */
export function RouteStepBody({ acquisition, view, revising, onRevise, onReload, reloading }: RouteStepBodyProps) {
  const { t } = useTranslation();
  const { step, state, answer } = view;
  const asking = state === 'current' || revising;
  const canAnswer = acquisition.allowed.answer;
  const needsSuggestions = asking && (step === 'internal' || step === 'partner' || step === 'agreement');
  const suggestions = useSuggestions(acquisition.id, needsSuggestions);
  const answering = asking && acquisition.allowed.answer;
  const systems = useSystemNames(answering && step === 'internal').data ?? [];
  const agreements = useAgreementChoices(answering && step === 'agreement').data ?? [];
  const r = (key: string) => t(`acquisitions.route.${key}`);

  if (state === 'pending') return <Text size="sm">{r('pending')}</Text>;
  if (state === 'skipped') return <Text size="sm">{r('skipped')}</Text>;
  if (state === 'outcome' || state === 'stopped') {
    return (
      <Stack gap="xs">
        {state === 'outcome' && <RouteBadge step={null} outcome={acquisition.outcome} />}
        {/* The reason and its grounds are shown once, under the outcome at the top: here only a pointer to them. */}
        {state === 'stopped' ? (
          <Alert color="#8a4b00" variant="outline" title={r('stopped')}>
            <Anchor href="#acquisition-summary">{t('acquisitions.grounds.elsewhere')}</Anchor>
          </Alert>
        ) : (
          <Anchor href="#acquisition-summary" size="sm">
            {t('acquisitions.grounds.elsewhere')}
          </Anchor>
        )}
      </Stack>
    );
  }
  if (step === 'procedure') return null;

  const data = suggestions.data;
  const targets = answerTargets(step, data, systems, agreements, t);

  return (
    <Stack gap="sm">
      {answer && !revising && <AnswerSummary answer={answer} />}
      {asking && <Text>{t(`acquisitions.steps.${step}.question`)}</Text>}
      {asking && needsSuggestions && suggestions.isPending && <Text size="sm">{t('app.loading')}</Text>}
      {asking && data && (step === 'internal' || step === 'partner') && (
        <SystemSuggestions kind={step} items={data[step]} needCapabilities={data.needCapabilities} />
      )}
      {asking && data && step === 'agreement' && <AgreementSuggestions items={data.agreements} needCapabilities={data.needCapabilities} />}
      {step === 'prestudy' && (
        <Stack gap="md">
          <PrestudyText acquisition={acquisition} canEdit={canAnswer} onReload={onReload} reloading={reloading} />
          <AttachmentsSection acquisition={acquisition} canEdit={canAnswer} />
        </Stack>
      )}
      {asking && canAnswer && (
        <Stack gap="xs">
          {revising && (
            <Alert color="#8a4b00" variant="outline">
              {r('reviseWarning')}
            </Alert>
          )}
          <AnswerForm
            key={`${step}-${revising}`}
            acquisition={acquisition}
            step={step}
            targets={targets}
            previous={revising ? answer : null}
            onDone={() => onRevise(false)}
            onCancel={revising ? () => onRevise(false) : undefined}
            onReload={onReload}
            reloading={reloading}
          />
        </Stack>
      )}
      {asking && !canAnswer && <Text size="sm">{r('cannotAnswer')}</Text>}
      {answer && !revising && canAnswer && (
        <Button variant="default" size="sm" style={{ alignSelf: 'flex-start' }} onClick={() => onRevise(true)}>
          {t('acquisitions.route.revise', { step: t(`acquisitions.steps.${step}.short`) })}
        </Button>
      )}
    </Stack>
  );
}
