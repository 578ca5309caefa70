import type { TFunction } from 'i18next';

/**
 * A field path as the API names it (`classification.k`, `disruptionTests.0.testedOn`) in words:
 * "Konfidentialitet", "Störningstest 1: Testdatum". Unknown paths are shown as they are.
 */
export function fieldLabel(t: TFunction, path: string): string {
  const segments = path.split('.');
  const rowIndex = segments.findIndex((s) => /^\d+$/.test(s));
  const name = segments.filter((s) => !/^\d+$/.test(s)).join('_');
  const label = t(`fields.${name}`, { defaultValue: path });
  if (rowIndex <= 0) return label;
  const list = segments.slice(0, rowIndex).join('_');
  const row = t(`fields.${list}_row`, { n: Number(segments[rowIndex]) + 1, defaultValue: '' });
  return row && name !== list ? `${row}: ${label}` : row || label;
}

/** The DOM id the form gives the input of a field path, so an error summary can focus it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}
