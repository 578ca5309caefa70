import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { PersonInput } from '../../../shared/organisation.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { hashPassword } from '../../platform/passwords.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { auditAs } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { normaliseEmail } from './commands.js';
import { organisationRepository } from './repository.js';
import { accounts, memberships, people, sessions } from './schema.js';
import { personProblems } from '../../../shared/organisation-rules.js';

export interface OrganisationCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
  scryptCost: number;
}

type Input = {
  name: string;
  email: string | null;
  title: string | null;
  departmentId: string | null;
  roleKey: string | null;
  initialPassword?: string;
};

const needsDepartment = (grants: { scope: string }[]) => grants.some((g) => g.scope === 'department');

/** Checks an input against the municipality: department, role, e-mail; each problem named by field. */
async function checkPerson(tx: Db, auth: AuthContext, input: Input, selfId: string | null) {
  const repo = organisationRepository(tx, auth.organisationId);
  const errors: FieldError[] = [];
  if (input.departmentId && !(await repo.department(input.departmentId))) errors.push({ field: 'departmentId', key: 'unknown_reference' });
  const role = input.roleKey ? await repo.role(input.roleKey) : null;
  if (input.roleKey && !role) errors.push({ field: 'roleKey', key: 'unknown_role' });
  if (role && needsDepartment(role.grants) && !input.departmentId) errors.push({ field: 'departmentId', key: 'role_needs_department' });
  errors.push(...personProblems(input));
  if (input.email) {
    const [taken] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organisationId, auth.organisationId), isNull(people.archivedAt), eq(people.email, normaliseEmail(input.email)), selfId ? ne(people.id, selfId) : undefined));
    if (taken) errors.push({ field: 'email', key: 'email_taken' });
  }
  if (errors.length) throw validationFailed(errors);
  return role;
}

const snapshot = (input: Input) => ({
  name: input.name,
  email: input.email ? normaliseEmail(input.email) : null,
  title: input.title,
  departmentId: input.departmentId,
  roleKey: input.roleKey,
});

/**
 * Gives the person's login the role, or removes the login from this municipality (null). An
 * existing account (the same e-mail in another municipality) is joined, its password untouched.
 */
async function setLogin(tx: Db, ctx: OrganisationCommandContext, personId: string, input: Input, roleId: string | null) {
  const { auth } = ctx;
  const [membership] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, auth.organisationId), eq(memberships.personId, personId)));
  if (!roleId) {
    if (membership) {
      await tx.delete(sessions).where(and(eq(sessions.accountId, membership.accountId), eq(sessions.organisationId, auth.organisationId)));
      await tx.delete(memberships).where(eq(memberships.id, membership.id));
    }
    return;
  }
  if (membership) {
    await tx
      .update(memberships)
      .set({ roleId, departmentId: input.departmentId, updatedAt: ctx.clock.now(), rowVersion: sql`${memberships.rowVersion} + 1` })
      .where(eq(memberships.id, membership.id));
    return;
  }
  // Every new login asks for a first password, whether or not the e-mail already has an account
  // elsewhere, so the answer never tells an admin what exists in another municipality. An existing
  // account keeps its own password.
  if (!input.initialPassword) throw validationFailed([{ field: 'initialPassword', key: 'password_required' }]);
  const email = normaliseEmail(input.email!);
  let [account] = await tx.select().from(accounts).where(eq(accounts.email, email));
  if (!account) {
    [account] = await tx.insert(accounts).values({ email, passwordHash: await hashPassword(input.initialPassword, ctx.scryptCost) }).returning();
  }
  await tx.insert(memberships).values({ organisationId: auth.organisationId, accountId: account!.id, personId, roleId, departmentId: input.departmentId });
}

export async function createPerson(ctx: OrganisationCommandContext, input: PersonInput & Input): Promise<string> {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const role = await checkPerson(tx, ctx.auth, input, null);
    const after = snapshot(input);
    const [row] = await tx
      .insert(people)
      .values({ organisationId: ctx.auth.organisationId, name: after.name, nameSort: swedishSortKey(after.name), email: after.email, title: after.title, departmentId: after.departmentId })
      .returning();
    await setLogin(tx, ctx, row!.id, input, role?.id ?? null);
    await auditAs(tx, ctx, 'person', row!.id, 'create', null, after);
    return row!.id;
  });
}

export async function updatePerson(ctx: OrganisationCommandContext, id: string, expectedVersion: number, input: Input) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const current = await organisationRepository(tx, ctx.auth.organisationId).person(id);
    if (!current) throw notFound();
    if (current.person.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (id === ctx.auth.personId && current.roleKey === 'admin' && input.roleKey !== 'admin') {
      throw validationFailed([{ field: 'roleKey', key: 'own_admin_role' }]);
    }
    const role = await checkPerson(tx, ctx.auth, input, id);
    const before = { name: current.person.name, email: current.person.email, title: current.person.title, departmentId: current.person.departmentId, roleKey: current.roleKey };
    const after = snapshot(input);
    const [row] = await tx
      .update(people)
      .set({ name: after.name, nameSort: swedishSortKey(after.name), email: after.email, title: after.title, departmentId: after.departmentId, updatedAt: ctx.clock.now(), rowVersion: sql`${people.rowVersion} + 1` })
      .where(and(eq(people.id, id), eq(people.organisationId, ctx.auth.organisationId), eq(people.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await setLogin(tx, ctx, id, input, role?.id ?? null);
    await auditAs(tx, ctx, 'person', id, 'update', before, after);
    return row.rowVersion;
  });
}

/**
 * A person leaves: archived, never deleted; refused while they still own or manage systems, unless
 * a hand-over deactivates them on purpose before a successor is named (what remains is then a
 * deviation of the register until it is handed over).
 */
export async function archivePerson(ctx: OrganisationCommandContext, id: string, expectedVersion: number, options: { keepResponsibilities?: boolean } = {}) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    // Lock the person first, so no one hands them a system between the check and the archive.
    await tx.execute(sql`select id from people where id = ${id} and organisation_id = ${ctx.auth.organisationId} for update`);
    const current = await organisationRepository(tx, ctx.auth.organisationId).person(id);
    if (!current) throw notFound();
    if (current.person.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    if (id === ctx.auth.personId) throw validationFailed([{ field: 'id', key: 'own_admin_role' }]);
    const owned = await responsibilities(tx, ctx.auth.organisationId, id);
    if (owned > 0 && !options.keepResponsibilities) throw new AppError(409, 'person_has_responsibilities', { count: owned });
    const at = ctx.clock.now();
    const [archived] = await tx
      .update(people)
      .set({ archivedAt: at, updatedAt: at, rowVersion: sql`${people.rowVersion} + 1` })
      .where(and(eq(people.id, id), eq(people.organisationId, ctx.auth.organisationId), eq(people.rowVersion, expectedVersion)))
      .returning({ id: people.id });
    if (!archived) throw new AppError(412, 'precondition_failed');
    await setLogin(tx, ctx, id, { ...snapshot({ ...current.person, roleKey: null }), roleKey: null }, null);
    await auditAs(tx, ctx, 'person', id, 'archive', { archivedAt: null, roleKey: current.roleKey }, { archivedAt: at.toISOString(), roleKey: null });
  });
}

/** How many live records a person answers for: systems, documents, KPIs and projects. */
async function responsibilities(tx: Db, organisationId: string, personId: string) {
  const rows = await tx.execute(sql`
    select (select count(*) from applications a where a.organisation_id = ${organisationId} and a.archived_at is null and (a.owner_id = ${personId} or a.manager_id = ${personId}))
         + (select count(*) from documents d where d.organisation_id = ${organisationId} and d.archived_at is null and d.owner_id = ${personId} and d.status not in ('repealed', 'replaced'))
         + (select count(*) from kpis k where k.organisation_id = ${organisationId} and k.archived_at is null and k.owner_id = ${personId})
         + (select count(*) from projects p where p.organisation_id = ${organisationId} and p.archived_at is null and (p.owner_id = ${personId} or p.sponsor_id = ${personId}) and p.status not in ('closed', 'cancelled'))
         as n`);
  return Number((rows as unknown as { rows: { n: number | string }[] }).rows[0]!.n);
}

/**
 * An admin lifts the sign-in holds on a person's login (the limiter counts failures in memory, per
 * process); the lift is audited like any change, so it is traceable to the admin who did it.
 */
export async function liftSignInHold(ctx: OrganisationCommandContext, id: string, lift: (email: string) => void): Promise<void> {
  requirePermission(ctx.auth, 'organisation.manage');
  await ctx.db.transaction(async (tx) => {
    const current = await organisationRepository(tx, ctx.auth.organisationId).person(id);
    if (!current) throw notFound();
    if (!current.membership) throw new AppError(409, 'no_login');
    const [account] = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, current.membership.accountId));
    if (!account) throw new AppError(409, 'no_login');
    await auditAs(tx, ctx, 'person', id, 'lift_sign_in_hold', null, { email: account.email });
    lift(account.email);
  });
}

