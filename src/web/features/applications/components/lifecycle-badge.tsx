import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lifecycle } from '../../../../shared/applications';

// Dark shades: every text colour here passes 4.5:1 on white.
const COLORS: Record<Lifecycle, string> = {
  planned: '#1c4f8a',
  in_use: '#0b6b4f',
  phasing_out: '#8a4b00',
  phased_out: '#495057',
};

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[lifecycle]} tt="none">
      {t(`enums.lifecycle.${lifecycle}`)}
    </Badge>
  );
}
