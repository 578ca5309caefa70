import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AcquisitionOutcome, AcquisitionStep } from '../lib/enums';

// Dark shades that pass 4.5:1 on white; the word carries the meaning.
const OUTCOME_COLORS: Record<AcquisitionOutcome, string> = {
  use_internal: '#0b6b4f',
  join_partner: '#0b6b4f',
  no_purchase: '#495057',
  wait: '#8a4b00',
  call_off: '#1c4f8a',
  direct_procurement: '#1c4f8a',
  simplified_or_selection: '#1c4f8a',
  open_or_selective: '#1c4f8a',
  withdrawn: '#495057',
};

// Long outcomes ("Förenklat förfarande eller urvalsförfarande") wrap rather than being cut off.
const WRAP = { root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** Where a need is: the outcome once the route has ended, else the question it waits on. */
export function RouteBadge({ step, outcome }: { step: AcquisitionStep | null; outcome: AcquisitionOutcome | null }) {
  const { t } = useTranslation();
  if (outcome) {
    return (
      <Badge variant="outline" color={OUTCOME_COLORS[outcome]} tt="none" styles={WRAP}>
        {t(`acquisitions.outcomes.${outcome}`)}
      </Badge>
    );
  }
  return (
    <Badge variant="outline" color="#495057" tt="none" styles={WRAP}>
      {step ? t('acquisitions.list.atStep', { step: t(`acquisitions.steps.${step}.short`) }) : t('acquisitions.list.stopped')}
    </Badge>
  );
}
