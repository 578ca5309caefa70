import { agreementInput } from '../../../shared/agreements.js';
import { notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { rescoreSystemsOfAgreement } from '../applications/quality.js';
import { agreements } from '../applications/schema.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { type AgreementCommandContext, updateAgreement } from './commands.js';
import { agreementRepository } from './repository.js';

/** Admin-only soft delete (DECISIONS.md 11): the agreement leaves the register, its history stays. */
export async function archiveAgreement(ctx: AgreementCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    // Only the register's agreements: a system's own contract goes with its system.
    if (!(await agreementRepository(tx, ctx.auth.organisationId).lock(id))) throw notFound();
    const version = await setRowArchived(tx, ctx, agreements, 'agreement', id, expectedVersion, true);
    await rescoreSystemsOfAgreement(tx, ctx.auth.organisationId, id);
    return version;
  });
}

/** Brings an archived agreement back into the register as it was. */
export async function restoreAgreement(ctx: AgreementCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    if (!(await agreementRepository(tx, ctx.auth.organisationId).lock(id))) throw notFound();
    const version = await setRowArchived(tx, ctx, agreements, 'agreement', id, expectedVersion, false);
    await rescoreSystemsOfAgreement(tx, ctx.auth.organisationId, id);
    return version;
  });
}

/** The supplier is audited by its id, not the name the form takes, so it is set back by hand. */
export const AGREEMENT_SETTABLE: readonly string[] = Object.keys(agreementInput.shape).filter((f) => f !== 'supplier');

/** Sets one field back to an earlier value through the agreement's own update, its rules and its audit. */
export async function setBackAgreementField(ctx: AgreementCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const repo = agreementRepository(ctx.db, ctx.auth.organisationId);
  const current = await repo.get(id, ctx.auth.language);
  if (!current || current.row.archivedAt) throw notFound();
  const now = { ...current.row, supplier: current.supplier, capabilityIds: await repo.capabilityIds(id) };
  return updateAgreement(ctx, id, expectedVersion, inputWithField(agreementInput, now, AGREEMENT_SETTABLE, field, value));
}
