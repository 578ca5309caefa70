import type { TFunction } from 'i18next';
import type { DepartmentInput } from '../../../../shared/organisation';

export interface DepartmentFormValues {
  name: string;
  code: string;
}

export function toDepartmentInput(values: DepartmentFormValues): DepartmentInput {
  return { name: values.name.trim(), code: values.code.trim() || null };
}

/** Field ids per form, so the add form and the rename dialog never share one. */
export const departmentFieldId = (form: 'create' | 'rename', path: string) => `department-${form}-${path}`;

export const departmentFieldLabel = (t: TFunction, path: string) =>
  t(`organisation.departments.fields.${path}`, { defaultValue: path });
