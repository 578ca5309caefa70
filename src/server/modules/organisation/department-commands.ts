import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { applicationDepartments, applications } from '../applications/schema.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import type { OrganisationCommandContext } from './people-commands.js';
import { departmentNameTaken } from './department-names.js';
import { organisationRepository } from './repository.js';
import { departments, people } from './schema.js';

export async function updateDepartment(ctx: OrganisationCommandContext, id: string, expectedVersion: number, input: { name: string; code: string | null }) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const current = await organisationRepository(tx, ctx.auth.organisationId).department(id);
    if (!current) throw notFound();
    if (await departmentNameTaken(tx, ctx.auth.organisationId, input.name, id)) throw validationFailed([{ field: 'name', key: 'department_name_taken' }]);
    const [row] = await tx
      .update(departments)
      .set({ name: input.name, nameSort: swedishSortKey(input.name), code: input.code || null, updatedAt: ctx.clock.now(), rowVersion: sql`${departments.rowVersion} + 1` })
      .where(and(eq(departments.id, id), eq(departments.organisationId, ctx.auth.organisationId), eq(departments.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'department', id, 'update', { name: current.name, code: current.code }, { name: row.name, code: row.code });
    return row.rowVersion;
  });
}

/** Archived, never deleted; refused while people or live systems still belong to it. */
export async function archiveDepartment(ctx: OrganisationCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select id from departments where id = ${id} and organisation_id = ${ctx.auth.organisationId} for update`);
    const current = await organisationRepository(tx, ctx.auth.organisationId).department(id);
    if (!current) throw notFound();
    if (current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const [members] = await tx.select({ n: count() }).from(people).where(and(eq(people.organisationId, ctx.auth.organisationId), eq(people.departmentId, id), isNull(people.archivedAt)));
    const [systems] = await tx
      .select({ n: count() })
      .from(applicationDepartments)
      .innerJoin(applications, and(eq(applications.organisationId, applicationDepartments.organisationId), eq(applications.id, applicationDepartments.applicationId)))
      .where(and(eq(applicationDepartments.departmentId, id), isNull(applications.archivedAt)));
    if ((members?.n ?? 0) + (systems?.n ?? 0) > 0) throw new AppError(409, 'department_in_use', { people: members?.n ?? 0, systems: systems?.n ?? 0 });
    const at = ctx.clock.now();
    const [archived] = await tx
      .update(departments)
      .set({ archivedAt: at, updatedAt: at, rowVersion: sql`${departments.rowVersion} + 1` })
      .where(and(eq(departments.id, id), eq(departments.organisationId, ctx.auth.organisationId), eq(departments.rowVersion, expectedVersion)))
      .returning({ id: departments.id });
    if (!archived) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'department', id, 'archive', { archivedAt: null }, { archivedAt: at.toISOString() });
  });
}
