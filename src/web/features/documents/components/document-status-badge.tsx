import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../../shared/documents';

// Dark shades: every text colour here passes 4.5:1 on white. The word carries the meaning.
const COLORS: Record<DocumentStatus, string> = {
  draft: '#1c4f8a',
  consultation: '#8a4b00',
  adopted: '#0b6b4f',
  repealed: '#495057',
  replaced: '#495057',
};

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[status]} tt="none">
      {t(`documents.status.${status}`)}
    </Badge>
  );
}
