import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollProps {
  minWidth: number;
  /** Names the region, so the keyboard stop says what scrolls (usually the table's caption). */
  label: string;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on a narrow screen. A table without links or buttons would leave
 * keyboard users no way to scroll it (WCAG 2.1.1), so the scrolling region takes focus itself.
 * It is the containing block of what the table positions absolutely (a visually hidden column
 * heading), which would otherwise escape the scrolling and widen the whole page on a phone.
 */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label} pos="relative">
      {children}
    </Table.ScrollContainer>
  );
}
