import type { ItemInput } from '../../../shared/documents.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { createDocument, ensureDocumentTypes, transitionDocument } from '../documents/commands.js';
import { documentItemTree, documentRowVersion } from '../documents/queries.js';
import { addMeasurement, createKpi } from '../goals/commands.js';
import { type DemoItem, demoDocuments, demoKpis } from './documents-content.js';
import { seedDemoAssignments, seedDemoResponsibilities } from './seed-assignments.js';

const monthsAgo = (today: string, months: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

/**
 * The demo's steering documents and KPIs, written through the documents and goals commands so
 * the audit trail and the rules apply as for anyone's data. Answers the documents' ids and the
 * strategy's goals' ids by their keys.
 */
/** `sendOnRemiss` sends the draft that is on remiss to its recipients (seed-consultations.ts), else it only moves. */
export async function seedDemoDocuments(db: Db, clock: Clock, auth: AuthContext, personIds: Map<string, string>, departmentIds: Map<string, string>, sendOnRemiss?: (documentId: string, rowVersion: number) => Promise<void>) {
  const today = clock.today();
  const year = Number(today.slice(0, 4));
  const types = await ensureDocumentTypes(db, clock, auth.organisationId);
  const typeId = (key: string) => types.find((t) => t.key === key)!.id;
  const ctx = { db, clock, auth };
  const ids = new Map<string, string>();
  const goalIds = new Map<string, string>();
  const keyed: { key: string; path: number[] }[] = [];
  const toItems = (items: DemoItem[], path: number[] = []): ItemInput[] =>
    items.map((i, index) => {
      if (i.key) keyed.push({ key: i.key, path: [...path, index] });
      return { kind: i.kind, number: i.number, title: i.title, text: i.text ?? '', children: toItems(i.children ?? [], [...path, index]) };
    });

  for (const d of demoDocuments) {
    keyed.length = 0;
    const id = await createDocument(ctx, {
      title: d.title,
      typeId: typeId(d.typeKey),
      diarienummer: null,
      ownerId: personIds.get(d.ownerKey) ?? null,
      decidingBody: d.decidingBody,
      validFrom: null,
      validTo: null,
      nextRevisionOn: null,
      parentId: d.parentKey ? ids.get(d.parentKey)! : null,
      body: d.body,
      items: toItems(d.items),
    });
    ids.set(d.key, id);
    // The policy's responsibility table, saved before the decision so the decided version keeps it.
    if (d.key === 'policy') await seedDemoResponsibilities(ctx, id, personIds, departmentIds);
    let version = 1;
    if (d.status === 'consultation' && sendOnRemiss) await sendOnRemiss(id, version);
    else if (d.status === 'consultation') version = await transitionDocument(ctx, id, version, { to: 'consultation' });
    if (d.decidedMonthsAgo !== null) {
      version = await transitionDocument(ctx, id, version, { to: 'adopted', decidedOn: monthsAgo(today, d.decidedMonthsAgo), decidingBody: d.decidingBody, diarienummer: d.diarienummer, replacedById: null });
    }
    if (keyed.length) {
      const items = await documentItemTree(db, auth.organisationId, id);
      for (const { key, path } of keyed) {
        let node = { children: items } as { id?: string; children: typeof items };
        for (const index of path) node = node.children[index]!;
        goalIds.set(key, node.id!);
      }
    }
  }
  // A replaced document points at its successor, which exists only now.
  for (const d of demoDocuments.filter((x) => x.status === 'replaced')) {
    const id = ids.get(d.key)!;
    await transitionDocument(ctx, id, (await documentRowVersion(db, auth.organisationId, id))!, { to: 'replaced', replacedById: ids.get(d.replacedByKey!)! });
  }

  await seedDemoAssignments(ctx, ids.get('policy')!, personIds);

  for (const k of demoKpis) {
    const id = await createKpi(ctx, {
      goalId: goalIds.get(k.goalKey)!,
      name: k.name,
      definition: k.definition,
      unit: k.unit,
      direction: k.direction,
      source: 'manual',
      ownerId: personIds.get(k.ownerKey) ?? null,
      baselineValue: k.baseline?.value ?? null,
      baselineDate: k.baseline ? `${year - k.baseline.yearsAgo}-12-31` : null,
      targets: k.targets.map((t) => ({ value: t.value, targetDate: `${year + t.yearOffset}-12-31` })),
    });
    for (const [i, value] of k.yearly.entries()) {
      await addMeasurement(ctx, id, { periodEnd: `${year - k.yearly.length + i}-12-31`, value, comment: '' });
    }
  }
  return { documents: ids, goals: goalIds };
}
