import { Group, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Symbols } from 'recharts';

export type MarkShape = 'circle' | 'cross' | 'diamond' | 'square' | 'star' | 'triangle' | 'wye';

/** A chart's mark drawn small, for a legend: the same shape and colour as in the chart. */
export function MarkSymbol({ shape, color, hollow = false }: { shape: MarkShape; color: string; hollow?: boolean }) {
  return (
    <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <Symbols type={shape} size={90} cx={0} cy={0} fill={hollow ? 'white' : color} stroke={color} strokeWidth={hollow ? 2 : 1} />
    </svg>
  );
}

export interface LegendEntry {
  key: string;
  mark: ReactNode;
  label: string;
}

/**
 * A chart's legend as HTML beside the picture (not inside it): every kind of mark with its
 * meaning in words, read by screen readers as a list, in dark text that passes 4.5:1.
 */
export function ChartLegend({ title, entries }: { title: string; entries: LegendEntry[] }) {
  const id = useId();
  return (
    <div>
      <Text size="sm" fw={600} id={id} mb={4}>
        {title}
      </Text>
      <Group component="ul" aria-labelledby={id} gap="md" wrap="wrap" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <Group component="li" key={entry.key} gap={6} wrap="nowrap">
            {entry.mark}
            <Text span size="sm" c="#212529">
              {entry.label}
            </Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
