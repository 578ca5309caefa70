import type { TFunction } from 'i18next';
import type { AssignmentInput } from '../../../../shared/assignments';
import type { Item } from '../../../../shared/documents';
import type { AssignmentProposalValues, ItemFormValues } from './form-values';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What a kept assignment lacks to be saved: its text, its owner or its deadline. */
export function assignmentProblems(a: AssignmentProposalValues): Partial<Record<'title' | 'ownerId' | 'dueOn', string>> {
  if (!a.keep) return {};
  const problems: Partial<Record<'title' | 'ownerId' | 'dueOn', string>> = {};
  if (!a.title.trim()) problems.title = 'title';
  if (!a.ownerId) problems.ownerId = 'owner';
  if (!ISO.test(a.dueOn) || Number.isNaN(Date.parse(a.dueOn))) problems.dueOn = 'dueOn';
  return problems;
}

/** Field errors of the kept assignments, by the form's paths (`items.0.assignments.1.ownerId`). */
export function validateAssignmentProposals(t: TFunction, items: ItemFormValues[], path = 'items'): Record<string, string> {
  const errors: Record<string, string> = {};
  items.forEach((item, i) => {
    const at = `${path}.${i}`;
    item.assignments?.forEach((a, k) => {
      for (const [field, problem] of Object.entries(assignmentProblems(a))) errors[`${at}.assignments.${k}.${field}`] = t(`documents.assignmentProposal.problems.${problem}`);
    });
    Object.assign(errors, validateAssignmentProposals(t, item.children, `${at}.children`));
  });
  return errors;
}

export interface AssignmentCreation {
  title: string;
  input: AssignmentInput;
}

/**
 * The kept assignments as the assignments API's input, each on the saved item it was proposed
 * under (the form's items and the saved document's items have the same shape and order).
 */
export function keptAssignments(items: ItemFormValues[], saved: Item[]): AssignmentCreation[] {
  const out: AssignmentCreation[] = [];
  items.forEach((item, i) => {
    const target = saved[i];
    if (!target) return;
    for (const a of item.assignments ?? []) {
      if (!a.keep || Object.keys(assignmentProblems(a)).length) continue;
      out.push({ title: a.title.trim(), input: { itemId: target.id, title: a.title.trim(), description: a.source === a.title ? '' : a.source, ownerId: a.ownerId, dueOn: a.dueOn } });
    }
    out.push(...keptAssignments(item.children, target.children));
  });
  return out;
}
