import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationFlag } from '../../../../shared/applications';

/** The deviations the register found, as readable badges (not colour alone: each says what it is). */
export function FlagBadges({ flags }: { flags: readonly ApplicationFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('applications.flags.none')}
      </Text>
    );
  }
  return (
    <Group gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {flags.map((flag) => (
        <li key={flag}>
          <Badge variant="outline" color="#b02525" tt="none" style={{ height: 'auto', whiteSpace: 'normal' }}>
            {t(`enums.flag.${flag}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
