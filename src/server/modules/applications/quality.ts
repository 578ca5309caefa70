import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { defaultQualityWeights, type QualityField, qualityFields, qualityWeightsInput, type QualityWeights } from '../../../shared/quality.js';
import type { QualityPresence } from '../../../shared/quality-rules.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { auditAs } from '../audit/commands.js';
import { applicationAgreements, applications, qualityWeights } from './schema.js';

/**
 * Each field's presence on a row of `applications`, in SQL: the twins of presenceOf below (a test
 * pins that the stored score and the page's agree). Outer columns are named in full, as in
 * list-queries.ts, so they bind to the updated row inside the subqueries.
 */
const presentSql: Record<QualityField, SQL> = {
  owner: sql`applications.owner_id is not null`,
  manager: sql`applications.manager_id is not null`,
  supplier: sql`applications.supplier_id is not null`,
  yearlyCost: sql`applications.yearly_cost is not null`,
  classification: sql`(applications.class_k is not null and applications.class_r is not null and applications.class_t is not null)`,
  description: sql`btrim(applications.description) <> ''`,
  capability: sql`exists (select 1 from application_capabilities x where x.organisation_id = applications.organisation_id and x.application_id = applications.id)`,
  department: sql`exists (select 1 from application_departments x where x.organisation_id = applications.organisation_id and x.application_id = applications.id)`,
  contract: sql`exists (select 1 from application_agreements x join agreements g on g.organisation_id = x.organisation_id and g.id = x.agreement_id
    where x.organisation_id = applications.organisation_id and x.application_id = applications.id and g.archived_at is null)`,
};

/** rules.qualityScore in SQL: (200·present + total) div (2·total), 100 when nothing weighs. */
export function qualityScoreSql(weights: QualityWeights): SQL {
  const total = qualityFields.reduce((sum, f) => sum + weights[f], 0);
  if (total === 0) return sql`100`;
  const present = sql.join(
    qualityFields.filter((f) => weights[f] > 0).map((f) => sql`(case when ${presentSql[f]} then ${sql.raw(String(weights[f]))} else 0 end)`),
    sql` + `,
  );
  return sql`((200 * (${present}) + ${sql.raw(String(total))}) / ${sql.raw(String(2 * total))})`;
}

/** A record's presence from the loaded aggregate (the page's view of the same facts). */
export function presenceOf(s: {
  ownerId: string | null;
  managerId: string | null;
  vendor: string | null;
  yearlyCost: number | null;
  classification: { k: number | null; r: number | null; t: number | null };
  description: string;
  capabilityIds: string[];
  departmentIds: string[];
  agreementCount: number;
}): QualityPresence {
  return {
    owner: s.ownerId !== null,
    manager: s.managerId !== null,
    supplier: s.vendor !== null,
    yearlyCost: s.yearlyCost !== null,
    classification: s.classification.k !== null && s.classification.r !== null && s.classification.t !== null,
    description: s.description.trim() !== '',
    capability: s.capabilityIds.length > 0,
    department: s.departmentIds.length > 0,
    contract: s.agreementCount > 0,
  };
}

/** The municipality's weights: its saved row, or the defaults (row version 0) when none is saved. */
export async function qualityWeightsOf(db: Db, organisationId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(qualityWeights).where(eq(qualityWeights.organisationId, organisationId));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) return { weights: { ...defaultQualityWeights }, rowVersion: 0 };
  // A stored set is read through the schema, so a field added later gets its default.
  const parsed = qualityWeightsInput.safeParse({ ...defaultQualityWeights, ...row.weights });
  return { weights: parsed.success ? parsed.data : { ...defaultQualityWeights }, rowVersion: row.rowVersion };
}

/**
 * Recomputes the stored score of some systems (after a write to them) or of the whole
 * municipality (after its weights changed), in the caller's transaction: one statement.
 */
export async function rescoreSystems(tx: Db, organisationId: string, ids?: string[]) {
  if (ids && ids.length === 0) return;
  const { weights } = await qualityWeightsOf(tx, organisationId);
  await tx
    .update(applications)
    .set({ qualityScore: sql`${qualityScoreSql(weights)}` })
    .where(and(eq(applications.organisationId, organisationId), ids ? inArray(applications.id, ids) : undefined));
}

/** Recomputes the systems linked to an agreement, whose archiving or restoring changes their "contract" field. */
export async function rescoreSystemsOfAgreement(tx: Db, organisationId: string, agreementId: string) {
  const linked = await tx
    .select({ id: applicationAgreements.applicationId })
    .from(applicationAgreements)
    .where(and(eq(applicationAgreements.organisationId, organisationId), eq(applicationAgreements.agreementId, agreementId)));
  await rescoreSystems(tx, organisationId, linked.map((l) => l.id));
}

/**
 * Saves the municipality's weights at the version the admin read (0: the defaults, never saved)
 * and rescores every system in the same transaction, audited with before and after.
 */
export async function updateQualityWeights(ctx: { db: Db; clock: Clock; auth: AuthContext }, expectedVersion: number, weights: QualityWeights) {
  requirePermission(ctx.auth, 'organisation.manage');
  const organisationId = ctx.auth.organisationId;
  return ctx.db.transaction(async (tx) => {
    const current = await qualityWeightsOf(tx, organisationId, { lock: true });
    if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const at = ctx.clock.now();
    let row;
    if (expectedVersion === 0) {
      // Two admins saving the defaults' first change at once: the second finds the row and loses.
      [row] = await tx.insert(qualityWeights).values({ organisationId, weights, createdAt: at, updatedAt: at }).onConflictDoNothing().returning();
    } else {
      [row] = await tx
        .update(qualityWeights)
        .set({ weights, updatedAt: at, rowVersion: sql`${qualityWeights.rowVersion} + 1` })
        .where(and(eq(qualityWeights.organisationId, organisationId), eq(qualityWeights.rowVersion, expectedVersion)))
        .returning();
    }
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'quality_weights', row.id, expectedVersion === 0 ? 'create' : 'update', current.weights, weights);
    await rescoreSystems(tx, organisationId);
    return { weights, rowVersion: row.rowVersion };
  });
}
