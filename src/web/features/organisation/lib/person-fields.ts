import type { TFunction } from 'i18next';

/** The DOM id of a person field, so the error summary can move focus to it. */
export function personFieldId(path: string): string {
  return `person-${path.replace(/\./g, '-')}`;
}

/** A field path as the API names it (`departmentId`), in words. */
export function personFieldLabel(t: TFunction, path: string): string {
  return t(`organisation.people.fields.${path}`, { defaultValue: path });
}
