import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DepartmentPlanStatus, RoundStatus } from '../../../../shared/itplans';

const colours: Record<DepartmentPlanStatus | RoundStatus, string> = {
  not_started: '#495057',
  started: '#8a4b00',
  submitted: '#2b6a30',
  open: '#1c4f8a',
  decided: '#2b6a30',
};

/** A round's or a department plan's status in words (colour only repeats them). */
export function StatusBadge({ status, kind }: { status: DepartmentPlanStatus | RoundStatus; kind: 'round' | 'plan' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={colours[status]} tt="none">
      {t(`itplans.${kind}Status.${status}`)}
    </Badge>
  );
}
