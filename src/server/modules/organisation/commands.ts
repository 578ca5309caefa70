import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { hashPassword } from '../../platform/passwords.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { validationFailed } from '../../platform/errors.js';
import { departmentNameTaken } from './department-names.js';
import { type Actor, recordAuditEvent } from '../audit/commands.js';
import { capabilityCatalogue } from './capability-catalogue.js';
import { rolePresets } from './roles.js';
import { insertPresetRules } from '../rules/commands.js';
import {
  accounts,
  capabilities,
  collaborationMembers,
  collaborations,
  departments,
  memberships,
  organisations,
  people,
  roles,
} from './schema.js';

export interface CommandContext {
  db: Db;
  clock: Clock;
  actor: Actor;
}

const SYSTEM_ACTOR: Actor = { personId: null, accountId: null };

/** Adds the preset capability catalogue once; later starts find it in place. */
export async function ensureCapabilityCatalogue(db: Db) {
  const existing = await db.select({ code: capabilities.code }).from(capabilities).where(isNull(capabilities.organisationId));
  const have = new Set(existing.map((c) => c.code));
  const missing = capabilityCatalogue.filter((c) => !have.has(c.code));
  if (missing.length > 0) await db.insert(capabilities).values(missing.map((c) => ({ ...c, organisationId: null })));
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Creates a municipality with the preset roles and its first administrator (the CLI's
 * `create-municipality`). An existing account with the e-mail joins instead of getting a new one.
 */
export async function createMunicipality(
  db: Db,
  clock: Clock,
  input: { name: string; adminName: string; adminEmail: string; password: string; scryptCost: number },
) {
  const passwordHash = await hashPassword(input.password, input.scryptCost);
  return db.transaction(async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name: input.name }).returning();
    const at = clock.now();
    const audit = (entityType: string, entityId: string, after: unknown) =>
      recordAuditEvent(tx, { organisationId: organisation!.id, actor: SYSTEM_ACTOR, entityType, entityId, action: 'create', before: null, after, at });
    await audit('organisation', organisation!.id, { name: input.name });
    const roleRows = await tx
      .insert(roles)
      .values(rolePresets.map((r) => ({ ...r, organisationId: organisation!.id })))
      .returning();
    for (const role of roleRows) await audit('role', role.id, { key: role.key, grants: role.grants });
    for (const rule of await insertPresetRules(tx, organisation!.id)) await audit('rule_value', rule.id, { key: rule.key, value: rule.value, effectiveFrom: rule.effectiveFrom, description: rule.description });
    const { person, account } = await addMember(tx, clock, {
      organisationId: organisation!.id,
      name: input.adminName,
      email: input.adminEmail,
      passwordHash,
      roleKey: 'admin',
      departmentId: null,
      title: 'Administratör',
    });
    return { organisation: organisation!, person, account };
  });
}

/** A person of the municipality and, when a password hash is given, an account with a membership. */
export async function addMember(
  tx: Db,
  clock: Clock,
  input: {
    organisationId: string;
    name: string;
    email: string | null;
    passwordHash: string | null;
    roleKey: string | null;
    departmentId: string | null;
    title: string | null;
    actor?: Actor;
  },
) {
  const actor = input.actor ?? SYSTEM_ACTOR;
  const at = clock.now();
  const [person] = await tx
    .insert(people)
    .values({
      organisationId: input.organisationId,
      name: input.name,
      nameSort: swedishSortKey(input.name),
      email: input.email ? normaliseEmail(input.email) : null,
      title: input.title,
      departmentId: input.departmentId,
    })
    .returning();
  await recordAuditEvent(tx, {
    organisationId: input.organisationId,
    actor,
    entityType: 'person',
    entityId: person!.id,
    action: 'create',
    before: null,
    after: { name: person!.name, email: person!.email, departmentId: person!.departmentId, title: person!.title },
    at,
  });
  if (!input.email || !input.passwordHash || !input.roleKey) return { person: person!, account: null };
  const email = normaliseEmail(input.email);
  let [account] = await tx.select().from(accounts).where(eq(accounts.email, email));
  if (!account) {
    [account] = await tx.insert(accounts).values({ email, passwordHash: input.passwordHash }).returning();
  }
  const [role] = await tx
    .select()
    .from(roles)
    .where(and(eq(roles.organisationId, input.organisationId), eq(roles.key, input.roleKey)));
  if (!role) throw new Error(`No role ${input.roleKey} in the municipality`);
  const [membership] = await tx
    .insert(memberships)
    .values({
      organisationId: input.organisationId,
      accountId: account!.id,
      personId: person!.id,
      roleId: role.id,
      departmentId: input.departmentId,
    })
    .returning();
  await recordAuditEvent(tx, {
    organisationId: input.organisationId,
    actor,
    entityType: 'membership',
    entityId: membership!.id,
    action: 'create',
    before: null,
    after: { accountId: account!.id, personId: person!.id, role: role.key, departmentId: input.departmentId },
    at,
  });
  return { person: person!, account: account! };
}

export async function createDepartment(ctx: CommandContext, organisationId: string, input: { name: string; code: string | null }) {
  return ctx.db.transaction(async (tx) => {
    if (await departmentNameTaken(tx, organisationId, input.name, null)) throw validationFailed([{ field: 'name', key: 'department_name_taken' }]);
    const [row] = await tx
      .insert(departments)
      .values({ organisationId, name: input.name, nameSort: swedishSortKey(input.name), code: input.code })
      .returning();
    await recordAuditEvent(tx, {
      organisationId,
      actor: ctx.actor,
      entityType: 'department',
      entityId: row!.id,
      action: 'create',
      before: null,
      after: { name: row!.name, code: row!.code },
      at: ctx.clock.now(),
    });
    return row!;
  });
}

export async function createCollaboration(db: Db, name: string, organisationIds: string[]) {
  return db.transaction(async (tx) => {
    const [collaboration] = await tx.insert(collaborations).values({ name }).returning();
    await tx
      .insert(collaborationMembers)
      .values(organisationIds.map((organisationId) => ({ collaborationId: collaboration!.id, organisationId })));
    return collaboration!;
  });
}

/** Sets a new password (the CLI's `reset-password`); every session of the account ends. */
export async function resetPassword(db: Db, email: string, password: string, scryptCost: number): Promise<boolean> {
  const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, normaliseEmail(email)));
  if (!account) return false;
  await db.transaction((tx) => changePassword(tx, account.id, password, scryptCost, null));
  return true;
}

/** A new password for an account; its sessions end, except the one that asked (when given). */
export async function changePassword(tx: Db, accountId: string, password: string, scryptCost: number, keepSessionId: string | null) {
  const passwordHash = await hashPassword(password, scryptCost);
  await tx
    .update(accounts)
    .set({ passwordHash, updatedAt: new Date(), rowVersion: sql`${accounts.rowVersion} + 1` })
    .where(eq(accounts.id, accountId));
  await tx.execute(sql`delete from sessions where account_id = ${accountId} and id is distinct from ${keepSessionId}`);
}

export async function setLanguage(db: Db, accountId: string, language: 'sv' | 'en') {
  await db
    .update(accounts)
    .set({ language, updatedAt: new Date(), rowVersion: sql`${accounts.rowVersion} + 1` })
    .where(eq(accounts.id, accountId));
}
