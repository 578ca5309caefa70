import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../../shared/goals';

// Text colours pass 4.5:1 on white; the word and the icon's shape carry the meaning, not the colour.
const COLORS: Record<KpiStatus, string> = {
  met: '#0b6b4f',
  on_track: '#1c4f8a',
  at_risk: '#8a4b00',
  missed: '#b02525',
  no_data: '#495057',
};

const ICONS: Record<KpiStatus, string> = {
  // A tick, an arrow along the path, a warning triangle, a cross, a dash.
  met: 'M3 8.5l3 3 7-7',
  on_track: 'M2 12L9 5M5 4.5h4.5V9',
  at_risk: 'M8 2L14.5 13.5H1.5ZM8 6.5v3.5M8 11.6v.4',
  missed: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  no_data: 'M3.5 8h9',
};

function StatusIcon({ status }: { status: KpiStatus }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
      <path d={ICONS[status]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A goal's or KPI's derived status: an icon and a word, never colour alone. */
export function KpiStatusBadge({ status, size = 'md' }: { status: KpiStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === 'missed' || status === 'at_risk' ? 'filled' : 'outline'}
      color={COLORS[status]}
      tt="none"
      size={size}
      leftSection={<StatusIcon status={status} />}
      style={{ flexShrink: 0 }}
    >
      {t(`goals.status.${status}`)}
    </Badge>
  );
}
