import { departmentInput, personInput } from '../../../shared/organisation.js';
import { notFound } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { inputWithField } from '../records/set-back.js';
import { setRowArchived } from '../records/soft-delete.js';
import { updateDepartment } from './department-commands.js';
import { type OrganisationCommandContext, updatePerson } from './people-commands.js';
import { organisationRepository } from './repository.js';
import { departments, people } from './schema.js';

/** Brings an archived person back as a record that can own things again; a login is given anew (archiving ended it). */
export function restorePerson(ctx: OrganisationCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, people, 'person', id, expectedVersion, false));
}

/** Brings an archived department back as it was. */
export function restoreDepartment(ctx: OrganisationCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction((tx) => setRowArchived(tx, ctx, departments, 'department', id, expectedVersion, false));
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
