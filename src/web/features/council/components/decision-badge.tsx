import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilItem } from '../api/types';

// A symbol and the word, never colour alone; dark shades pass 4.5:1 on white.
const LOOK = {
  approved: { symbol: '✓', color: '#0b6b4f' },
  approved_with_conditions: { symbol: '✓', color: '#0b6b4f' },
  rejected: { symbol: '✕', color: '#b02525' },
  returned: { symbol: '↺', color: '#8a4b00' },
} as const;

export function DecisionBadge({ decision }: { decision: CouncilItem['decision'] }) {
  const { t } = useTranslation();
  if (!decision) {
    return (
      <Badge variant="outline" color="#495057" tt="none">
        {t('council.meeting.undecided')}
      </Badge>
    );
  }
  return (
    <Badge variant="outline" color={LOOK[decision].color} tt="none">
      <span aria-hidden="true">{LOOK[decision].symbol} </span>
      {t(`council.decisions.${decision}`)}
    </Badge>
  );
}
