import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Health = 'green' | 'yellow' | 'red';

/** A closed or cancelled project's bar or mark: no health, a neutral grey (4.5:1 on white). */
export const NO_HEALTH_COLOR = '#6c757d';

// A shape as well as a colour (circle, triangle, square), and always the word.
export const HEALTH_LOOK: Record<Health, { symbol: string; color: string }> = {
  green: { symbol: '●', color: '#0b6b4f' },
  yellow: { symbol: '▲', color: '#8a4b00' },
  red: { symbol: '■', color: '#b02525' },
};

/** A closed or cancelled project has no health (null): it says so, never the green it last had. */
export function HealthBadge({ health }: { health: Health | null }) {
  const { t } = useTranslation();
  if (health === null) {
    return (
      <Text span size="sm">
        {t('portfolio.health.none')}
      </Text>
    );
  }
  const look = HEALTH_LOOK[health];
  return (
    <Group gap={6} wrap="nowrap">
      <Text span c={look.color} aria-hidden="true" size="sm">
        {look.symbol}
      </Text>
      <Text span size="sm">
        {t(`portfolio.health.${health}`)}
      </Text>
    </Group>
  );
}
