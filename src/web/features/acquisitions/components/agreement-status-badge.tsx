import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../lib/enums';

// Dark shades that pass 4.5:1 on white; the word carries the meaning.
const COLORS: Record<AgreementStatus, string> = { in_force: '#0b6b4f', expired: '#8a4b00', not_started: '#495057' };

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[status]} tt="none">
      {t(`agreements.status.${status}`)}
    </Badge>
  );
}
