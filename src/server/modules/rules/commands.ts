import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { validationFailed } from '../../platform/errors.js';
import { recordAuditEvent } from '../audit/commands.js';
import { requirePermission } from '../../platform/permissions.js';
import { rerouteAll } from '../acquisitions/commands.js';
import { procurementRuleKeys, procurementRulePresets } from './presets.js';
import { ruleRepository } from './repository.js';
import { ruleValues } from './schema.js';
import { and, eq } from 'drizzle-orm';

/** A new municipality's procurement rules, preset from the law (presets.ts). */
export async function insertPresetRules(tx: Db, organisationId: string) {
  const repo = ruleRepository(tx, organisationId);
  const rows = [];
  for (const preset of procurementRulePresets) rows.push(await repo.insert(preset));
  return rows;
}

/**
 * Adds a value with its effective date. Values are never edited in place: a change in law or
 * policy is a new value from a new date, so what applied on any earlier date stays answerable.
 */
export async function addRuleValue(ctx: { db: Db; clock: Clock; auth: AuthContext }, input: { key: string; value: number; effectiveFrom: string; description: string }) {
  requirePermission(ctx.auth, 'organisation.manage');
  return ctx.db.transaction(async (tx) => {
    const [same] = await tx
      .select()
      .from(ruleValues)
      .where(and(eq(ruleValues.organisationId, ctx.auth.organisationId), eq(ruleValues.key, input.key), eq(ruleValues.effectiveFrom, input.effectiveFrom)))
      .for('update');
    if (same && same.value !== null) throw validationFailed([{ field: 'effectiveFrom', key: 'duplicate_value' }]);
    if (same) {
      // A rule known to change on the date, whose value was not known: the admin fills it in once.
      const filled = await ruleRepository(tx, ctx.auth.organisationId).fillIn(same.id, input.value, input.description);
      await recordAuditEvent(tx, {
        organisationId: ctx.auth.organisationId,
        actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId },
        entityType: 'rule_value',
        entityId: same.id,
        action: 'update',
        before: { key: same.key, value: same.value, effectiveFrom: same.effectiveFrom, description: same.description },
        after: input,
        at: ctx.clock.now(),
      });
      if (procurementRuleKeys.includes(input.key)) await rerouteAll(tx, ctx);
      return filled;
    }
    const row = await ruleRepository(tx, ctx.auth.organisationId).insert(input);
    await recordAuditEvent(tx, {
      organisationId: ctx.auth.organisationId,
      actor: { personId: ctx.auth.personId, accountId: ctx.auth.accountId },
      entityType: 'rule_value',
      entityId: row.id,
      action: 'create',
      before: null,
      after: input,
      at: ctx.clock.now(),
    });
    // A procurement rule moves the route of every need not yet installed (acquisitions module).
    if (procurementRuleKeys.includes(input.key)) await rerouteAll(tx, ctx);
    return row;
  });
}
