import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './detail-list.module.css';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/**
 * Label–value pairs as a description list, so screen readers keep each value with its label.
 * Shared by the features that show a record's facts.
 */
export function DetailList({ items, cols = 2 }: { items: DetailItem[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" className={classes.list}>
      {items.map((item) => (
        <div key={item.label}>
          <dt className={classes.term}>{item.label}</dt>
          <dd className={classes.value}>{item.value}</dd>
        </div>
      ))}
    </SimpleGrid>
  );
}
