import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { createAssignment, setAssignmentStatus } from '../documents/assignments.js';
import { documentItemTree } from '../documents/queries.js';
import { saveResponsibilities } from '../documents/responsibilities.js';
import { demoAssignments, demoPolicyResponsibilities } from './assignments-content.js';

const inDays = (today: string, days: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The IT policy's responsibility table, saved while it is still a draft so its decided version keeps it. */
export async function seedDemoResponsibilities(ctx: { db: Db; clock: Clock; auth: AuthContext }, policyId: string, personIds: Map<string, string>, departmentIds: Map<string, string>) {
  const rows = demoPolicyResponsibilities.map((r) => ({
    party: r.party,
    personId: r.personKey ? (personIds.get(r.personKey) ?? null) : null,
    departmentId: r.departmentCode ? (departmentIds.get(r.departmentCode) ?? null) : null,
    responsibility: r.responsibility,
  }));
  await saveResponsibilities(ctx, policyId, 0, { rows });
}

/** Assignments on the decided IT policy's principles, written through the documents module's commands. */
export async function seedDemoAssignments(ctx: { db: Db; clock: Clock; auth: AuthContext }, policyId: string, personIds: Map<string, string>) {
  const today = ctx.clock.today();
  const items = await documentItemTree(ctx.db, ctx.auth.organisationId, policyId);
  for (const a of demoAssignments) {
    const item = items.find((i) => i.number === a.itemNumber);
    const ownerId = personIds.get(a.ownerKey);
    if (!item || !ownerId) continue;
    const id = await createAssignment(ctx, policyId, { itemId: item.id, title: a.title, description: '', ownerId, dueOn: inDays(today, a.dueInDays) });
    if (a.status !== 'not_started') await setAssignmentStatus(ctx, id, 1, { status: a.status, comment: a.comment ?? '' });
  }
}
