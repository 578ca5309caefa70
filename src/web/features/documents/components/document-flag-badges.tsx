import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentFlag } from '../lib/enums';

// Overdue is the sharper warning: filled, so it differs by more than colour.
const STYLE: Record<DocumentFlag, { variant: 'outline' | 'filled'; color: string }> = {
  revision_due: { variant: 'outline', color: '#8a4b00' },
  revision_overdue: { variant: 'filled', color: '#b02525' },
};

/** A document's revision flags as readable badges ("Revidering inom 90 dagar", "Revidering försenad"). */
export function DocumentFlagBadges({ flags }: { flags: readonly DocumentFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {flags.map((flag) => (
        <li key={flag}>
          <Badge {...STYLE[flag]} tt="none" style={{ height: 'auto', whiteSpace: 'normal' }}>
            {t(`documents.flags.${flag}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
