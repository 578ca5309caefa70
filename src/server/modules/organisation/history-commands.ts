import { departmentInput, personInput } from '../../../shared/organisation.js';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { updateDepartment } from './department-commands.js';
import { departmentNameTaken } from './department-names.js';
import { type OrganisationCommandContext, updatePerson } from './people-commands.js';
import { organisationRepository } from './repository.js';
import { departments, people } from './schema.js';

/**
 * A value the archived record had that a live record has taken since: the restore answers 409
 * naming the field, and nothing changes (the admin renames one of them first).
 */
function refuseTaken(errors: FieldError[]) {
  if (errors.length) throw new AppError(409, 'restore_value_taken', {}, errors);
}

/** Brings an archived person back as a record that can own things again; a login is given anew (archiving ended it). */
export function restorePerson(ctx: OrganisationCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const version = await setRowArchived(tx, ctx, people, 'person', id, expectedVersion, false);
    refuseTaken(await personTaken(tx, ctx.auth.organisationId, id));
    return version;
  });
}

/** Brings an archived department back as it was, unless a live department has its name now. */
export function restoreDepartment(ctx: OrganisationCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const version = await setRowArchived(tx, ctx, departments, 'department', id, expectedVersion, false);
    const [row] = await tx.select({ name: departments.name }).from(departments).where(and(eq(departments.organisationId, ctx.auth.organisationId), eq(departments.id, id)));
    refuseTaken(row && (await departmentNameTaken(tx, ctx.auth.organisationId, row.name, id)) ? [{ field: 'name', key: 'department_name_taken' }] : []);
    return version;
  });
}

/** The person's e-mail, when another live person of the municipality has it (one e-mail, one person). */
async function personTaken(tx: Db, organisationId: string, id: string): Promise<FieldError[]> {
  const [row] = await tx.select({ email: people.email }).from(people).where(and(eq(people.organisationId, organisationId), eq(people.id, id)));
  if (!row?.email) return [];
  const [other] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), isNull(people.archivedAt), eq(people.email, row.email), ne(people.id, id)))
    .limit(1);
  return other ? [{ field: 'email', key: 'email_taken' }] : [];
}

/** A person's own fields; the login role is given in the people admin, not set back from history. */
export const PERSON_SETTABLE: readonly string[] = ['name', 'email', 'title', 'departmentId'];
export const DEPARTMENT_SETTABLE: readonly string[] = ['name', 'code'];

export async function setBackPersonField(ctx: OrganisationCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const current = await organisationRepository(ctx.db, ctx.auth.organisationId).person(id);
  if (!current) throw notFound();
  return updatePerson(ctx, id, expectedVersion, inputWithField(personInput, { ...current.person, roleKey: current.roleKey }, PERSON_SETTABLE, field, value));
}

export async function setBackDepartmentField(ctx: OrganisationCommandContext, id: string, expectedVersion: number, field: string, value: unknown) {
  const current = await organisationRepository(ctx.db, ctx.auth.organisationId).department(id);
  if (!current) throw notFound();
  return updateDepartment(ctx, id, expectedVersion, inputWithField(departmentInput, current, DEPARTMENT_SETTABLE, field, value));
}
