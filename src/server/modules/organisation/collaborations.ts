import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { catalogueQuery, Collaboration } from '../../../shared/collaborations.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import { type Db, queryRows } from '../../platform/db.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { requirePermission } from '../../platform/permissions.js';
import { containsPattern } from '../../platform/sql-text.js';
import { swedishSortKey } from '../../platform/sort-key.js';
import { auditAs } from '../audit/commands.js';
import { collaborationMembers, collaborations, organisations } from './schema.js';

/**
 * Collaborations managed in Roder (issue 12, item 7). A collaboration spans municipalities by
 * definition, so its rows carry no single municipality; every read starts from this
 * municipality's own membership row, and every write changes only that row (or, for an
 * invitation, creates the invited one's row in `invited`: it shares nothing until its own admin
 * accepts). Each change is audited in the chain of the municipality whose admin made it.
 */
interface Ctx {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** This municipality's membership row of a collaboration, locked when writing; null when it has none. */
async function ownMembership(db: Db, organisationId: string, collaborationId: string, lock = false) {
  const query = db
    .select()
    .from(collaborationMembers)
    .where(and(eq(collaborationMembers.organisationId, organisationId), eq(collaborationMembers.collaborationId, collaborationId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The collaborations this municipality is active in or invited to, with the members' names. */
export async function listCollaborations(db: Db, organisationId: string, only?: string): Promise<Collaboration[]> {
  const own = await db
    .select({
      id: collaborations.id,
      name: collaborations.name,
      status: collaborationMembers.status,
      membershipVersion: collaborationMembers.rowVersion,
      invitedBy: sql<string | null>`(select o.name from organisations o where o.id = ${collaborationMembers.invitedByOrganisationId})`,
    })
    .from(collaborationMembers)
    .innerJoin(collaborations, eq(collaborations.id, collaborationMembers.collaborationId))
    .where(
      and(
        eq(collaborationMembers.organisationId, organisationId),
        inArray(collaborationMembers.status, ['active', 'invited']),
        only ? eq(collaborations.id, only) : undefined,
      ),
    );
  if (own.length === 0) return [];
  // Members are listed only of collaborations this municipality is in or invited to (read above).
  const members = await db
    .select({ collaborationId: collaborationMembers.collaborationId, organisationId: organisations.id, name: organisations.name, status: collaborationMembers.status })
    .from(collaborationMembers)
    .innerJoin(organisations, eq(organisations.id, collaborationMembers.organisationId))
    .where(and(inArray(collaborationMembers.collaborationId, own.map((c) => c.id)), inArray(collaborationMembers.status, ['active', 'invited'])));
  const bySort = (a: { name: string }, b: { name: string }) => (swedishSortKey(a.name) < swedishSortKey(b.name) ? -1 : swedishSortKey(a.name) > swedishSortKey(b.name) ? 1 : 0);
  return own
    .map((c) => ({
      ...c,
      members: members
        .filter((m) => m.collaborationId === c.id)
        .map(({ collaborationId: _, ...m }) => m)
        .sort(bySort),
    }))
    .sort(bySort);
}

async function viewOf(db: Db, organisationId: string, id: string) {
  const [view] = await listCollaborations(db, organisationId, id);
  return view!;
}

/** Creates a collaboration with this municipality as its first, active member (admin). */
export async function startCollaboration(ctx: Ctx, name: string) {
  requirePermission(ctx.auth, 'organisation.manage');
  const organisationId = ctx.auth.organisationId;
  return ctx.db.transaction(async (tx) => {
    const at = ctx.clock.now();
    const [row] = await tx.insert(collaborations).values({ name, createdByOrganisationId: organisationId, createdAt: at, updatedAt: at }).returning();
    await tx.insert(collaborationMembers).values({ collaborationId: row!.id, organisationId, status: 'active', createdAt: at, updatedAt: at });
    await auditAs(tx, ctx, 'collaboration', row!.id, 'create', null, { name });
    return viewOf(tx, organisationId, row!.id);
  });
}

/**
 * Invites another municipality by its name (any case) or id; an active member's admin may. One
 * that declined or left may be invited again. The invited municipality shares and sees nothing
 * until its own admin accepts.
 */
export async function inviteToCollaboration(ctx: Ctx, collaborationId: string, municipality: string) {
  requirePermission(ctx.auth, 'organisation.manage');
  const organisationId = ctx.auth.organisationId;
  return ctx.db.transaction(async (tx) => {
    const own = await ownMembership(tx, organisationId, collaborationId, true);
    if (!own || own.status !== 'active') throw notFound();
    const [target] = UUID.test(municipality)
      ? await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, municipality))
      : await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(sql`lower(${organisations.name}) = lower(${municipality})`).limit(2);
    if (!target) throw validationFailed([{ field: 'municipality', key: 'unknown_municipality' }]);
    if (target.id === organisationId) throw validationFailed([{ field: 'municipality', key: 'own_municipality' }]);
    const existing = await ownMembership(tx, target.id, collaborationId, true);
    if (existing && (existing.status === 'active' || existing.status === 'invited')) throw validationFailed([{ field: 'municipality', key: 'already_member' }]);
    const at = ctx.clock.now();
    if (existing) {
      await tx
        .update(collaborationMembers)
        .set({ status: 'invited', invitedByOrganisationId: organisationId, updatedAt: at, rowVersion: sql`${collaborationMembers.rowVersion} + 1` })
        .where(and(eq(collaborationMembers.organisationId, target.id), eq(collaborationMembers.id, existing.id)));
    } else {
      await tx.insert(collaborationMembers).values({ collaborationId, organisationId: target.id, status: 'invited', invitedByOrganisationId: organisationId, createdAt: at, updatedAt: at });
    }
    await auditAs(tx, ctx, 'collaboration', collaborationId, 'invite', existing ? { organisationId: target.id, status: existing.status } : null, { organisationId: target.id, name: target.name, status: 'invited' });
    return viewOf(tx, organisationId, collaborationId);
  });
}

type Answer = 'accept' | 'decline' | 'leave';
const from: Record<Answer, 'invited' | 'active'> = { accept: 'invited', decline: 'invited', leave: 'active' };
const to: Record<Answer, 'active' | 'declined' | 'left'> = { accept: 'active', decline: 'declined', leave: 'left' };

/**
 * This municipality's admin answers an invitation (accept, decline) or leaves, at the membership
 * version read (If-Match). Leaving stops sharing at once, both ways: every partner read goes
 * through active memberships on both sides.
 */
export async function changeMembership(ctx: Ctx, collaborationId: string, expectedVersion: number, answer: Answer) {
  requirePermission(ctx.auth, 'organisation.manage');
  const organisationId = ctx.auth.organisationId;
  return ctx.db.transaction(async (tx) => {
    const own = await ownMembership(tx, organisationId, collaborationId, true);
    if (!own || (own.status !== 'active' && own.status !== 'invited')) throw notFound();
    if (own.status !== from[answer]) throw new AppError(409, answer === 'leave' ? 'not_a_member' : 'no_invitation');
    if (own.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
    const [row] = await tx
      .update(collaborationMembers)
      .set({ status: to[answer], updatedAt: ctx.clock.now(), rowVersion: sql`${collaborationMembers.rowVersion} + 1` })
      .where(and(eq(collaborationMembers.organisationId, organisationId), eq(collaborationMembers.id, own.id), eq(collaborationMembers.rowVersion, expectedVersion)))
      .returning();
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'collaboration', collaborationId, answer, { status: own.status }, { status: row.status });
    return answer === 'accept' ? viewOf(tx, organisationId, collaborationId) : null;
  });
}

/** The municipalities that share with this one: active members, beside it, of a collaboration it is active in. */
const partnersOf = (organisationId: string) => sql`(select other.organisation_id from collaboration_members mine
  join collaboration_members other on other.collaboration_id = mine.collaboration_id
  where mine.organisation_id = ${organisationId} and mine.status = 'active' and other.status = 'active' and other.organisation_id <> ${organisationId})`;

type CatalogueQuery = z.infer<typeof catalogueQuery>;

/**
 * The shared catalogue: partners' live systems marked as shared, as the limited projection the
 * acquisition route uses (name, municipality, supplier, capabilities) and nothing else of theirs.
 */
export async function sharedCatalogue(db: Db, organisationId: string, query: CatalogueQuery, language: 'sv' | 'en') {
  const parts = [
    sql`a.organisation_id in ${partnersOf(organisationId)}`,
    sql`a.shared_with_collaboration`,
    sql`a.archived_at is null`,
    sql`a.lifecycle <> 'phased_out'`,
  ];
  if (query.q) parts.push(sql`(a.name ilike ${containsPattern(query.q)} or s.name ilike ${containsPattern(query.q)})`);
  if (query.supplier) parts.push(sql`s.name ilike ${containsPattern(query.supplier)}`);
  if (query.municipality) parts.push(sql`a.organisation_id = ${query.municipality}`);
  if (query.capability) {
    parts.push(sql`a.id in (select x.application_id from application_capabilities x where x.organisation_id = a.organisation_id and x.capability_id = ${query.capability})`);
  }
  const name = language === 'en' ? sql`c.name_en` : sql`c.name_sv`;
  const rows = await queryRows<{
    id: string;
    name: string;
    municipality_id: string;
    municipality_name: string;
    supplier: string | null;
    capabilities: { id: string; code: string; name: string }[] | null;
    total: number;
  }>(
    db,
    sql`select a.id, a.name, o.id as municipality_id, o.name as municipality_name, s.name as supplier,
      (select json_agg(json_build_object('id', c.id, 'code', c.code, 'name', ${name}) order by c.code)
        from application_capabilities x join capabilities c on c.id = x.capability_id
        where x.organisation_id = a.organisation_id and x.application_id = a.id) as capabilities,
      (count(*) over ())::int as total
    from applications a
    join organisations o on o.id = a.organisation_id
    left join suppliers s on s.organisation_id = a.organisation_id and s.id = a.supplier_id
    where ${sql.join(parts, sql` and `)}
    order by a.name_sort collate "C", a.id
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    total = query.page === 1 ? 0 : Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from applications a
      left join suppliers s on s.organisation_id = a.organisation_id and s.id = a.supplier_id where ${sql.join(parts, sql` and `)}`))[0]?.n ?? 0);
  }
  const municipalities = await queryRows<{ id: string; name: string }>(db, sql`select o.id, o.name from organisations o where o.id in ${partnersOf(organisationId)}`);
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, municipality: { id: r.municipality_id, name: r.municipality_name }, supplier: r.supplier, capabilities: r.capabilities ?? [] })),
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
    municipalities: municipalities.sort((a, b) => (swedishSortKey(a.name) < swedishSortKey(b.name) ? -1 : 1)),
  };
}
