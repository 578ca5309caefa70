import { type AcquisitionInput, type AnswerInput, type AnswerStep, answerSteps, type installInput, installableOutcomes, purchaseOutcomes, routeDate } from '../../../shared/acquisitions.js';
import { applicationInput } from '../../../shared/applications.js';
import type { z } from 'zod';
import type { AuthContext } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldError, notFound, validationFailed } from '../../platform/errors.js';
import { createApplication, linkAgreement } from '../applications/commands.js';
import { auditAs } from '../audit/commands.js';
import { insertItem } from '../council/commands.js';
import { itemsAbout, nextMeeting } from '../council/queries.js';
import { can, requirePermission } from '../../platform/permissions.js';
import { liveDepartments, visibleCapabilities } from '../organisation/queries.js';
import { insertProjectProposal } from '../portfolio/commands.js';
import { ruleForRoute, ruleInForce } from '../rules/queries.js';
import { councilMatterTitle, routeText } from './reasons.js';
import { type AcquisitionRow, acquisitionRepository } from './repository.js';
import { type Answers, type RouteResult, nextOnRoute } from './rules.js';
import { answerProblems, installBlock } from '../../../shared/acquisition-rules.js';
import type { ProjectStatus } from '../../../shared/portfolio.js';

export interface AcquisitionCommandContext {
  db: Db;
  clock: Clock;
  auth: AuthContext;
}

/** What a scoped permission needs to know: the need's department, and who reported it. */
export const scopeRecord = (row: { departmentId: string; reportedById: string | null }) => ({ departmentIds: [row.departmentId], ownerIds: [row.reportedById] });

type AnswerRow = Awaited<ReturnType<ReturnType<typeof acquisitionRepository>['currentAnswers']>>[number];

/** The route's answers from the stored, current (not superseded) answer rows. */
function answersFrom(rows: AnswerRow[]): Answers {
  const answers: Answers = {};
  for (const r of rows) {
    if (r.step === 'internal') answers.internal = { covered: r.covered === true, systemId: r.systemId };
    if (r.step === 'partner') answers.partner = { covered: r.covered === true, systemId: r.systemId };
    if (r.step === 'prestudy') answers.prestudy = r.result as Answers['prestudy'];
    if (r.step === 'agreement') answers.agreement = { exists: r.covered === true, agreementId: r.agreementId };
  }
  return answers;
}

/**
 * The route for a need as it stands: its answers and the procurement rules in force on its date.
 * A caller that has read the current answers already passes them in.
 */
type Routed = Pick<AcquisitionRow, 'id' | 'estimatedValue' | 'reportedOn' | 'procurementPlannedOn' | 'procurementStartedOn'>;

export async function routeOf(db: Db, organisationId: string, row: Routed, current?: AnswerRow[], assume: Answers = {}): Promise<RouteResult> {
  const on = routeDate(row).date;
  // One after another: `db` may be a transaction, whose one connection takes one query at a time.
  const directLimit = await ruleForRoute(db, organisationId, 'direct_procurement_limit', on);
  const directLimitPbb = await ruleForRoute(db, organisationId, 'direct_procurement_limit_pbb', on);
  const documentationLimit = await ruleForRoute(db, organisationId, 'direct_procurement_documentation_limit', on);
  const threshold = await ruleForRoute(db, organisationId, 'eu_threshold', on);
  const prisbasbelopp = await ruleForRoute(db, organisationId, 'prisbasbelopp', on);
  const answers = current ?? (await acquisitionRepository(db, organisationId).currentAnswers(row.id));
  return nextOnRoute({ estimatedValue: row.estimatedValue, neededOn: on }, { ...answersFrom(answers), ...assume }, { directLimit, directLimitPbb, documentationLimit, threshold, prisbasbelopp });
}

/** Would a "no" at step 4 end the route in a direct procurement whose reasons must be documented (LOU 19 kap. 30 §)? */
export async function directReasonsRequired(db: Db, organisationId: string, row: Routed, current?: AnswerRow[]) {
  const route = await routeOf(db, organisationId, row, current, { agreement: { exists: false } });
  return route.reason.code === 'at_most_direct_limit' && route.reason.mustDocument;
}

/** Is the value strictly above the portfolio threshold in force on the need's date, as for projects (null: no threshold)? */
export async function aboveThreshold(db: Db, organisationId: string, row: Pick<AcquisitionRow, 'estimatedValue' | 'reportedOn'>) {
  const threshold = await ruleInForce(db, organisationId, 'portfolio_threshold', row.reportedOn);
  return threshold?.value == null ? null : row.estimatedValue > threshold.value;
}

/**
 * What keeps the acquisition from being installed: above the portfolio threshold, the IT
 * council's approval of its matter or its project approved (null: nothing is missing).
 */
export async function installBlockOf(db: Db, organisationId: string, row: Pick<AcquisitionRow, 'id' | 'estimatedValue' | 'reportedOn'>, projectStatus: string | null) {
  const above = await aboveThreshold(db, organisationId, row);
  const items = await itemsAbout(db, organisationId, row.id);
  return installBlock(above, items.map((i) => i.decision), projectStatus as ProjectStatus | null);
}

async function checkNeed(tx: Db, organisationId: string, input: AcquisitionInput, today: string) {
  const errors: FieldError[] = [];
  // The actual start is a fact: it has happened.
  if (input.procurementStartedOn && input.procurementStartedOn > today) errors.push({ field: 'procurementStartedOn', key: 'date_after_today' });
  if (!(await liveDepartments(tx, organisationId, [input.departmentId])).has(input.departmentId)) errors.push({ field: 'departmentId', key: 'unknown_reference' });
  const usable = await visibleCapabilities(tx, organisationId, input.capabilityIds);
  input.capabilityIds.forEach((id, i) => usable.has(id) || errors.push({ field: `capabilityIds.${i}`, key: 'unknown_reference' }));
  if (errors.length) throw validationFailed(errors);
}

/** Refuses a need outside the person's department with the reason on the field, as the register does. */
function requireForDepartment(auth: AuthContext, permission: 'acquisition.create' | 'acquisition.route', departmentId: string, reportedById: string | null) {
  if (!can(auth, permission)) requirePermission(auth, permission);
  if (!can(auth, permission, { departmentIds: [departmentId], ownerIds: [reportedById] })) {
    throw validationFailed([{ field: 'departmentId', key: 'own_department_only', params: { department: auth.departmentName ?? '' } }]);
  }
}

/**
 * The acquisition a write works on, locked for the transaction: refused when it is not the
 * municipality's (404), when the person may not walk its route (403, unless `permission` is null:
 * the caller checked a permission of its own), or when the client read an older version (412).
 */
export async function lockForWrite(tx: Db, ctx: AcquisitionCommandContext, id: string, expectedVersion: number | null, permission: 'acquisition.route' | null = 'acquisition.route') {
  const repo = acquisitionRepository(tx, ctx.auth.organisationId);
  const current = await repo.lock(id);
  if (!current) throw notFound();
  if (permission) requirePermission(ctx.auth, permission, scopeRecord(current));
  if (expectedVersion !== null && current.rowVersion !== expectedVersion) throw new AppError(412, 'precondition_failed');
  return { repo, current };
}

/** Reports a need (anmälan). It reaches the IT council's inbox at once: every report does. */
export async function reportNeed(ctx: AcquisitionCommandContext, input: AcquisitionInput): Promise<string> {
  // A new need belongs to its department: reporting it yourself grants nothing beyond that.
  requireForDepartment(ctx.auth, 'acquisition.create', input.departmentId, null);
  const capabilityIds = [...new Set(input.capabilityIds)];
  return ctx.db.transaction(async (tx) => {
    await checkNeed(tx, ctx.auth.organisationId, input, ctx.clock.today());
    const repo = acquisitionRepository(tx, ctx.auth.organisationId);
    const at = ctx.clock.now();
    const { capabilityIds: _c, ...fields } = input;
    const row = await repo.insert({ ...fields, reportedOn: ctx.clock.today(), reportedById: ctx.auth.personId, step: 'internal', createdAt: at, updatedAt: at });
    await repo.replaceCapabilities(row.id, capabilityIds);
    await auditAs(tx, ctx, 'acquisition', row.id, 'create', null, { ...input, capabilityIds });
    return row.id;
  });
}

/** Edits the need; the route is worked out again (a changed value may change the procedure). */
export async function updateNeed(ctx: AcquisitionCommandContext, id: string, expectedVersion: number, input: AcquisitionInput) {
  const capabilityIds = [...new Set(input.capabilityIds)];
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion);
    refuseIfInstalled(current);
    requireForDepartment(ctx.auth, 'acquisition.route', input.departmentId, current.reportedById);
    await checkNeed(tx, ctx.auth.organisationId, input, ctx.clock.today());
    const before = { title: current.title, needText: current.needText, departmentId: current.departmentId, estimatedValue: current.estimatedValue, neededBy: current.neededBy, procurementPlannedOn: current.procurementPlannedOn, procurementStartedOn: current.procurementStartedOn, capabilityIds: await repo.capabilityIds(id) };
    const { capabilityIds: _c, ...fields } = input;
    const route = await routeOf(tx, ctx.auth.organisationId, { ...current, ...fields });
    const row = await repo.update(id, expectedVersion, { ...fields, step: route.next, outcome: route.outcome, updatedAt: ctx.clock.now() });
    if (!row) throw new AppError(412, 'precondition_failed');
    await repo.replaceCapabilities(id, capabilityIds);
    await auditAs(tx, ctx, 'acquisition', id, 'update', before, { ...input, capabilityIds });
    return proposeAboveThreshold(tx, ctx, row, route);
  });
}

const stepIndex = (step: string) => answerSteps.indexOf(step as AnswerStep);

/**
 * Records an answer on the route and who gave it. The current question may be answered, and so
 * may any step already answered: a new answer there replaces it and every later answer (kept,
 * marked superseded), and the route goes on from it.
 */
export async function answerStep(ctx: AcquisitionCommandContext, id: string, expectedVersion: number, input: AnswerInput) {
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion);
    refuseIfInstalled(current);
    const answered = await repo.currentAnswers(id);
    const reachable = current.step ? stepIndex(current.step) : Math.max(-1, ...answered.map((a) => stepIndex(a.step)));
    if (stepIndex(input.step) > reachable) throw new AppError(409, 'step_not_reached');
    const system = await checkAnswer(tx, ctx.auth.organisationId, input, current, answered);

    const at = ctx.clock.now();
    await repo.supersede(id, answerSteps.slice(stepIndex(input.step)), at);
    const covered = 'covered' in input ? input.covered : 'exists' in input ? input.exists : null;
    const answer = await repo.insertAnswer({
      acquisitionId: id,
      step: input.step,
      covered,
      result: input.step === 'prestudy' ? input.result : null,
      systemId: system ? (input as { systemId: string }).systemId : null,
      systemName: system?.name ?? null,
      systemMunicipality: system?.municipality ?? null,
      agreementId: input.step === 'agreement' && input.exists ? input.agreementId : null,
      comment: input.comment,
      answeredById: ctx.auth.personId,
      answeredAt: at,
      createdAt: at,
      updatedAt: at,
    });
    const route = await routeOf(tx, ctx.auth.organisationId, current);
    const row = await repo.update(id, expectedVersion, { step: route.next, outcome: route.outcome, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'acquisition', id, 'answer', { step: current.step, outcome: current.outcome }, {
      answer: { ...input, id: answer.id },
      step: route.next,
      outcome: route.outcome,
      code: route.reason.code,
      reason: routeText(route.reason, routeDate(current), ctx.auth.language),
    });
    return proposeAboveThreshold(tx, ctx, row, route);
  });
}

/**
 * An answer must point at what it names: an own live system (step 1), a system a partner shares
 * with the collaboration (step 2), or a framework agreement of the register in force on the
 * need's date (step 4). Returns the system as the answer records it.
 */
async function checkAnswer(tx: Db, organisationId: string, input: AnswerInput, row: AcquisitionRow, answered: AnswerRow[]) {
  const repo = acquisitionRepository(tx, organisationId);
  const reportedOn = row.reportedOn;
  const proposed = input.step === 'internal' || input.step === 'partner' ? (await proposals(repo, row.id, input.step)).length > 0 : false;
  const directReasons = input.step === 'agreement' && !input.exists ? await directReasonsRequired(tx, organisationId, row, answered) : false;
  const problems = answerProblems(input, { proposed, directReasonsRequired: directReasons });
  if (problems.length) throw validationFailed(problems);
  if (input.step === 'internal' || input.step === 'partner') {
    if (!input.covered || !input.systemId) return null;
    const system = input.step === 'internal' ? await repo.ownSystem(input.systemId).then((s) => s && { name: s.name, municipality: null }) : await repo.partnerSystem(input.systemId);
    if (!system) throw validationFailed([{ field: 'systemId', key: 'unknown_reference' }]);
    return system;
  }
  if (input.step === 'agreement' && input.exists && input.agreementId) {
    const agreement = await repo.registeredAgreement(input.agreementId);
    if (!agreement) throw validationFailed([{ field: 'agreementId', key: 'unknown_reference' }]);
    // A call-off is made under a framework agreement that is in force when the need arises.
    if (agreement.kind !== 'framework') throw validationFailed([{ field: 'agreementId', key: 'not_a_framework_agreement' }]);
    if ((agreement.startDate && agreement.startDate > reportedOn) || (agreement.endDate && agreement.endDate < reportedOn)) {
      throw validationFailed([{ field: 'agreementId', key: 'agreement_not_in_force', params: { date: reportedOn } }]);
    }
  }
  return null;
}

/** Roder's proposals for step 1 (own systems) or step 2 (partners' shared systems), as the step shows them. */
async function proposals(repo: ReturnType<typeof acquisitionRepository>, id: string, step: 'internal' | 'partner', language: 'sv' | 'en' = 'sv') {
  const capabilityIds = await repo.capabilityIds(id);
  return step === 'internal' ? repo.internalMatches(capabilityIds, language) : repo.partnerMatches(capabilityIds, language);
}

/**
 * Step 6: a purchase above the portfolio threshold becomes a project proposal in the portfolio
 * (once) and a matter on the IT council's next meeting (once; when there is no meeting yet, the
 * next change of the acquisition puts it there, and meanwhile a council member can add it).
 * Returns the acquisition's row version after it.
 */
async function proposeAboveThreshold(tx: Db, ctx: AcquisitionCommandContext, row: AcquisitionRow, route: RouteResult): Promise<number> {
  if (!route.outcome || !purchaseOutcomes.includes(route.outcome)) return row.rowVersion;
  if (!(await aboveThreshold(tx, ctx.auth.organisationId, row))) return row.rowVersion;
  let version = row.rowVersion;
  if (!row.projectId) {
    const year = Number(row.reportedOn.slice(0, 4));
    const projectId = await insertProjectProposal(tx, ctx, {
      name: row.title,
      kind: 'it',
      purpose: row.needText,
      goalIds: [],
      ownerId: null,
      sponsorId: null,
      departmentIds: [row.departmentId],
      startDate: null,
      endDate: null,
      milestones: [],
      // The estimated value stands in as the investment of the need's year until the project is planned.
      investments: [{ year, amount: row.estimatedValue }],
      yearlyRunningCost: 0,
      runningFromYear: null,
      health: 'green',
      healthReason: '',
      systems: [],
      benefits: [],
      horizonYears: 5,
      actuals: [],
      realisation: [],
    });
    version = (await acquisitionRepository(tx, ctx.auth.organisationId).update(row.id, version, { projectId }))!.rowVersion;
  }
  if ((await itemsAbout(tx, ctx.auth.organisationId, row.id)).length === 0) {
    const meeting = await nextMeeting(tx, ctx.auth.organisationId, ctx.clock.today());
    if (meeting) {
      await insertItem(tx, ctx, meeting.id, {
        // Written in the acting person's language, as everything Roder writes into a record.
        title: councilMatterTitle(row.title, ctx.auth.language),
        subjectKind: 'acquisition',
        subjectId: row.id,
        background: routeText(route.reason, routeDate(row), ctx.auth.language),
      });
    }
  }
  return version;
}

/**
 * After a procurement rule changed: every need not yet installed is routed again with the rules
 * of its date, so a stored step or outcome never contradicts the reason shown beside it.
 */
export async function rerouteAll(tx: Db, ctx: { clock: Clock; auth: AuthContext }) {
  const repo = acquisitionRepository(tx, ctx.auth.organisationId);
  for (const row of await repo.reroutable()) {
    const route = await routeOf(tx, ctx.auth.organisationId, row);
    if (route.next === row.step && route.outcome === row.outcome) continue;
    const updated = await repo.update(row.id, row.rowVersion, { step: route.next, outcome: route.outcome, updatedAt: ctx.clock.now() });
    if (!updated) continue;
    await auditAs(tx, ctx, 'acquisition', row.id, 'reroute', { step: row.step, outcome: row.outcome }, { step: route.next, outcome: route.outcome, code: route.reason.code, reason: routeText(route.reason, routeDate(row), ctx.auth.language) });
    await proposeAboveThreshold(tx, { db: tx, ...ctx }, updated, route);
  }
}

/**
 * Once installed, the need and its pre-study are the record of how the system came: they stay.
 * A withdrawn need stands still until it is reopened.
 */
export function refuseIfInstalled(row: AcquisitionRow) {
  if (row.applicationId) throw new AppError(409, 'acquisition_installed');
  if (row.withdrawnAt) throw new AppError(409, 'acquisition_withdrawn');
}

/** The department withdraws the need (återkallar): the route stops, the record stays. */
export async function withdraw(ctx: AcquisitionCommandContext, id: string, expectedVersion: number, reason: string) {
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion);
    refuseIfInstalled(current);
    const at = ctx.clock.now();
    const row = await repo.update(id, expectedVersion, { withdrawnAt: at, withdrawnById: ctx.auth.personId, withdrawnReason: reason, step: null, outcome: 'withdrawn', updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'acquisition', id, 'withdraw', { step: current.step, outcome: current.outcome }, { reason });
    return row.rowVersion;
  });
}

/** A withdrawn need taken up again: the route goes on from its answers, with the rules of its date. */
export async function reopen(ctx: AcquisitionCommandContext, id: string, expectedVersion: number) {
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion);
    if (!current.withdrawnAt) throw new AppError(409, 'not_withdrawn');
    const route = await routeOf(tx, ctx.auth.organisationId, current);
    const at = ctx.clock.now();
    const row = await repo.update(id, expectedVersion, { withdrawnAt: null, withdrawnById: null, withdrawnReason: null, step: route.next, outcome: route.outcome, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'acquisition', id, 'reopen', { reason: current.withdrawnReason }, { step: route.next, outcome: route.outcome });
    return proposeAboveThreshold(tx, ctx, row, route);
  });
}

/** The IT council marks a report as received (anmälningsplikt fulfilled). */
export async function noteByCouncil(ctx: AcquisitionCommandContext, id: string, expectedVersion: number) {
  requirePermission(ctx.auth, 'council.manage');
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion, null);
    if (current.councilNotedAt) throw new AppError(409, 'already_noted');
    const at = ctx.clock.now();
    const row = await repo.update(id, expectedVersion, { councilNotedAt: at, councilNotedById: ctx.auth.personId, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'acquisition', id, 'council_noted', null, { councilNotedAt: at.toISOString() });
    return row.rowVersion;
  });
}

/**
 * Step 7: the bought or joined solution is installed and becomes a system in the register, linked
 * both ways (the acquisition names the system; the system is linked to the agreement it came with).
 */
export async function install(ctx: AcquisitionCommandContext, id: string, expectedVersion: number, input: z.infer<typeof installInput>) {
  return ctx.db.transaction(async (tx) => {
    const { repo, current } = await lockForWrite(tx, ctx, id, expectedVersion);
    refuseIfInstalled(current);
    if (!current.outcome || !installableOutcomes.includes(current.outcome as never)) throw new AppError(409, 'not_installable');
    const block = await installBlockOf(tx, ctx.auth.organisationId, current, (await repo.get(id))?.projectStatus ?? null);
    if (block) throw new AppError(409, block);
    const answers = answersFrom(await repo.currentAnswers(id));
    const agreementId = input.agreementId ?? answers.agreement?.agreementId ?? null;
    if (agreementId && !(await repo.registeredAgreement(agreementId))) throw validationFailed([{ field: 'agreementId', key: 'unknown_reference' }]);
    if (input.installedOn < current.reportedOn) throw validationFailed([{ field: 'installedOn', key: 'before_reported' }]);
    const capabilityIds = await repo.capabilityIds(id);
    const applicationId = await createApplication(
      { db: tx, clock: ctx.clock, auth: ctx.auth },
      applicationInput.parse({
        name: input.name,
        vendor: input.vendor,
        kind: 'system',
        description: current.needText.slice(0, 5000),
        lifecycle: 'in_use',
        departmentIds: [current.departmentId],
        capabilityIds,
      }),
    );
    if (agreementId) await linkAgreement(tx, ctx.auth.organisationId, applicationId, agreementId);
    const at = ctx.clock.now();
    const row = await repo.update(id, expectedVersion, { applicationId, installedOn: input.installedOn, purchaseKind: input.purchaseKind, step: null, updatedAt: at });
    if (!row) throw new AppError(412, 'precondition_failed');
    await auditAs(tx, ctx, 'acquisition', id, 'install', null, { ...input, agreementId, applicationId });
    return row.rowVersion;
  });
}
