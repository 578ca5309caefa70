import type { TFunction } from 'i18next';
import type { ResponsibilityTableInput } from '../../../../shared/assignments';
import type { ResponsibilityProposalValues } from './form-values';

/** Field errors of the proposed responsibility rows still in the review, by the form's paths. */
export function validateResponsibilityProposals(t: TFunction, rows: ResponsibilityProposalValues[] | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  rows?.forEach((row, i) => {
    if (!row.party.trim()) errors[`responsibilities.${i}.party`] = t('documents.responsibilities.partyRequired');
    if (!row.responsibility.trim()) errors[`responsibilities.${i}.responsibility`] = t('documents.responsibilities.responsibilityRequired');
  });
  return errors;
}

/** The rows kept in the review as the responsibility table's input; null when none are kept. */
export function keptResponsibilities(rows: ResponsibilityProposalValues[] | undefined): ResponsibilityTableInput | null {
  if (!rows?.length) return null;
  return { rows: rows.map((r) => ({ party: r.party.trim(), responsibility: r.responsibility.trim(), personId: r.personId || null, departmentId: r.departmentId || null })) };
}
