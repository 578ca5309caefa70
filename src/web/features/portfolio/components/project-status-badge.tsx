import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../../shared/portfolio';

// Dark shades that pass 4.5:1 on white; the word carries the meaning.
const COLORS: Record<ProjectStatus, string> = {
  idea: '#495057',
  prestudy: '#1c4f8a',
  approved: '#0b6b4f',
  in_progress: '#0b6b4f',
  closed: '#495057',
  cancelled: '#8a4b00',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[status]} tt="none">
      {t(`portfolio.status.${status}`)}
    </Badge>
  );
}
