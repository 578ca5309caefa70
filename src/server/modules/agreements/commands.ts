import type { AgreementInput } from '../../../shared/agreements.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { agreementProblems } from '../../../shared/agreement-rules.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { ensureSupplier } from '../applications/commands.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { visibleCapabilities } from '../organisation/queries.js';
import { agreementRepository } from './repository.js';

export interface AgreementCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

async function checkAgreement(tx: Db, organisationId: string, input: AgreementInput) {
  const errors: FieldError[] = [];
  const usable = await visibleCapabilities(tx, organisationId, input.capabilityIds);
  input.capabilityIds.forEach((id, i) => usable.has(id) || errors.push({ field: `capabilityIds.${i}`, key: 'unknown_reference' }));
  errors.push(...agreementProblems(input));
  if (errors.length) throw validationFailed(errors);
}

const fieldsOf = ({ supplier: _s, capabilityIds: _c, ...fields }: AgreementInput) => fields;

/** Adds a framework agreement or contract to the register. */
export async function createAgreement(ctx: AgreementCommandContext, input: AgreementInput): Promise<string> {
  requirePermission(ctx.auth, 'agreement.manage');
  const capabilityIds = [...new Set(input.capabilityIds)];
  return ctx.db.transaction(async (tx) => {
    await checkAgreement(tx, ctx.auth.organisationId, input);
    const repo = agreementRepository(tx, ctx.auth.organisationId);
    const supplierId = await ensureSupplier(tx, ctx.auth.organisationId, input.supplier);
    const at = ctx.clock.now();
    const row = await repo.insert({ ...fieldsOf(input), supplierId, createdAt: at, updatedAt: at });
    await repo.replaceCapabilities(row.id, capabilityIds);
    await auditAs(tx, ctx, 'agreement', row.id, 'create', null, { ...input, capabilityIds });
    return row.id;
  });
}

/** Changes an agreement of the register at the version the client read (If-Match). */
export async function updateAgreement(ctx: AgreementCommandContext, id: string, expectedVersion: number, input: AgreementInput) {
  requirePermission(ctx.auth, 'agreement.manage');
  const capabilityIds = [...new Set(input.capabilityIds)];
  return ctx.db.transaction(async (tx) => {
    const repo = agreementRepository(tx, ctx.auth.organisationId);
    const current = await repo.lock(id);
    if (!current) throw notFound();
    if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    await checkAgreement(tx, ctx.auth.organisationId, input);
    const supplierId = await ensureSupplier(tx, ctx.auth.organisationId, input.supplier);
    const before = {
      name: current.name,
      kind: current.kind,
      supplierId: current.supplierId,
      reference: current.reference,
      description: current.description,
      startDate: current.startDate,
      endDate: current.endDate,
      noticeMonths: current.noticeMonths,
      extensionOptions: current.extensionOptions,
      capabilityIds: await repo.capabilityIds(id),
    };
    const row = await repo.update(id, expectedVersion, { ...fieldsOf(input), supplierId, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await repo.replaceCapabilities(id, capabilityIds);
    await auditAs(tx, ctx, 'agreement', id, 'update', before, { ...input, supplierId, capabilityIds });
    return row.rowVersion;
  });
}
