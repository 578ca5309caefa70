import { useMediaQuery } from '@mantine/hooks';

/**
 * Below 64em (1024 px at the default text size) the header folds its menu behind a button and
 * list filters fold behind a toggle. In em, so a person who enlarges the text gets the compact
 * layout sooner, as a narrower screen would (WCAG 1.4.4, 1.4.10).
 */
const NARROW_SCREEN = '(max-width: 63.99em)';

/**
 * Whether the screen is narrow, read at the first render (no server rendering here), so a phone
 * never paints the wide layout first and then jumps to the compact one (a layout shift).
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN, false, { getInitialValueInEffect: false });
}
