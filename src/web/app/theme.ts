import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Shade 6 (#1c4f8a) is the primary: 8.3:1 on white, so links, buttons and focus rings pass
// WCAG AA (Mantine's default blue does not, DECISIONS.md 24).
const roder: MantineColorsTuple = [
  '#e8f0f9',
  '#cfdff1',
  '#a2c0e4',
  '#719fd6',
  '#4a83ca',
  '#2f6cb5',
  '#1c4f8a',
  '#174a7c',
  '#113a63',
  '#0b2a49',
];

export const theme = createTheme({
  primaryColor: 'roder',
  primaryShade: 6,
  colors: { roder },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  focusRing: 'auto',
  defaultRadius: 'sm',
  components: {
    // A field with focus gets the same 2 px ring as buttons and links, not only a border colour.
    Input: { classNames: { input: 'roder-input' } },
    // A badge's label is a status word a person reads: shown in full (wrapping in a narrow cell),
    // never cut to "Först…" by the badge's own ellipsis.
    Badge: { classNames: { root: 'roder-badge', label: 'roder-badge-label' } },
  },
});

// Mantine's dimmed, placeholder and error greys and reds fall below 4.5:1 on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-anchor': '#1c4f8a',
    // Form field borders are what shows an input is there (WCAG 1.4.11 asks 3:1): #6c757d is 4.7:1.
    '--mantine-color-default-border': '#6c757d',
  },
  dark: {},
});
