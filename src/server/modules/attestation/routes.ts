import { attestationEndpoints as endpoints } from '../../../shared/endpoints/attestation.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Routes } from '../../platform/endpoints.js';
import { expectedVersion, setEtag } from '../../platform/etag.js';
import { notFound } from '../../platform/errors.js';
import type { RequestScope } from '../../platform/scope.js';
import { closeRound, confirmTask, openRound, updateSettings } from './commands.js';
import { overdueWorkbook } from './export.js';
import type { AttestationRepository } from './repository.js';
import { canConfirm, freshCutoff, isOverdue, share, taskState } from './rules.js';

const DEFAULT_INTERVAL_MONTHS = 12;

type RoundRow = NonNullable<Awaited<ReturnType<AttestationRepository['round']>>>;
const presentRound = (r: RoundRow | null) =>
  r && {
    id: r.round.id,
    openedAt: r.round.openedAt.toISOString(),
    openedBy: r.openedBy,
    dueDate: r.round.dueDate,
    closedAt: r.round.closedAt?.toISOString() ?? null,
    taskCount: r.taskCount,
    doneCount: r.doneCount,
    rowVersion: r.round.rowVersion,
  };

export function attestationRoutes(routes: Routes, _deps: AppDeps) {
  async function intervalOf(scope: RequestScope) {
    return (await scope.repos.attestation.settings())?.intervalMonths ?? DEFAULT_INTERVAL_MONTHS;
  }

  async function presentTask(scope: RequestScope, id: string, reply: Parameters<typeof setEtag>[0]) {
    const row = await scope.repos.attestation.task(id);
    // Someone else's task is visible only to those who follow the rounds.
    if (!row || (row.task.ownerId !== scope.auth.personId && !scope.can('attestation.manage'))) throw notFound();
    const state = taskState(row.task.status, row.dropped);
    const today = scope.clock.today();
    setEtag(reply, row.task.rowVersion);
    const s = row.system;
    return {
      id: row.task.id,
      state,
      dueDate: row.round.dueDate,
      overdue: isOverdue(state, row.round.dueDate, today),
      roundClosed: row.round.closedAt !== null,
      ownerName: row.ownerName,
      confirmedAt: row.task.confirmedAt?.toISOString() ?? null,
      confirmedBy: row.confirmedByName,
      allowedConfirm: row.task.ownerId === scope.auth.personId && row.round.closedAt === null && canConfirm(state),
      system: {
        id: s.id,
        name: s.name,
        description: s.description,
        kind: s.kind,
        lifecycle: s.lifecycle,
        vendor: row.vendor,
        ownerName: row.systemOwner,
        managerName: row.managerName,
        departments: row.departments,
        yearlyCost: s.yearlyCost,
        personalData: s.personalData,
        classification: { k: s.classK, r: s.classR, t: s.classT },
        rowVersion: s.rowVersion,
      },
      rowVersion: row.task.rowVersion,
    };
  }

  async function overview(scope: RequestScope) {
    const repo = scope.repos.attestation;
    const intervalMonths = await intervalOf(scope);
    const today = scope.clock.today();
    const fresh = await repo.freshness(freshCutoff(scope.clock.now(), intervalMonths));
    const last = await repo.lastRound();
    const open = last && last.round.closedAt === null ? last : null;
    const overdue = last && today > last.round.dueDate ? await repo.unconfirmedTasks(last.round.id) : [];
    const group = (g: { id: string; name: string; total: number; confirmed: number }) => ({ id: g.id, name: g.name, total: Number(g.total), confirmed: Number(g.confirmed), share: share(Number(g.confirmed), Number(g.total)) });
    return {
      intervalMonths,
      openRound: presentRound(open),
      lastRound: presentRound(last),
      total: fresh.total,
      confirmed: fresh.confirmed,
      share: share(fresh.confirmed, fresh.total),
      departments: fresh.departments.map(group),
      owners: fresh.owners.map(group),
      overdue: overdue.map((r) => ({
        taskId: r.task.id,
        applicationId: r.task.applicationId,
        applicationName: r.applicationName,
        ownerId: r.task.ownerId,
        ownerName: r.ownerName,
        dueDate: last!.round.dueDate,
        state: taskState(r.task.status, r.dropped),
      })),
    };
  }

  routes.on(endpoints.overview, async ({ scope }) => overview(scope));

  routes.on(endpoints.overdueExport, async ({ scope }, reply) => {
    const { overdue } = await overview(scope);
    return reply
      .type(endpoints.overdueExport.produces)
      .header('Content-Disposition', `attachment; filename="attestering-forsenade-${scope.clock.today()}.xlsx"`)
      .send(await overdueWorkbook(overdue, scope.auth.language));
  });

  routes.on(endpoints.openRound, async ({ scope, body }, reply) => {
    const id = await openRound(scope, body);
    const round = await scope.repos.attestation.round(id);
    setEtag(reply, round!.round.rowVersion);
    return presentRound(round)!;
  });

  routes.on(endpoints.closeRound, async (request, reply) => {
    const { scope, params } = request;
    setEtag(reply, await closeRound(scope, params.id, expectedVersion(request)));
    return presentRound(await scope.repos.attestation.round(params.id))!;
  });

  routes.on(endpoints.settings, async ({ scope }, reply) => {
    const row = await scope.repos.attestation.settings();
    setEtag(reply, row?.rowVersion ?? 0);
    return { intervalMonths: row?.intervalMonths ?? DEFAULT_INTERVAL_MONTHS, rowVersion: row?.rowVersion ?? 0 };
  });

  routes.on(endpoints.updateSettings, async (request, reply) => {
    const { scope, body } = request;
    const version = await updateSettings(scope, expectedVersion(request), body);
    setEtag(reply, version);
    return { intervalMonths: body.intervalMonths, rowVersion: version };
  });

  routes.on(endpoints.myTasks, async ({ scope }) => {
    const today = scope.clock.today();
    const rows = await scope.repos.attestation.tasksOf(scope.auth.personId);
    const items = rows.map((r) => {
      const state = taskState(r.task.status, r.dropped);
      return { id: r.task.id, applicationId: r.task.applicationId, applicationName: r.applicationName, state, dueDate: r.dueDate, overdue: isOverdue(state, r.dueDate, today) };
    });
    // Still to do first, in name order within each.
    const todo = (s: string) => (s === 'open' || s === 'dropped' ? 0 : 1);
    items.sort((a, b) => todo(a.state) - todo(b.state));
    return { items, allowedManage: scope.can('attestation.manage') };
  });

  routes.on(endpoints.task, async ({ scope, params }, reply) => presentTask(scope, params.id, reply));

  routes.on(endpoints.confirm, async (request, reply) => {
    const { scope, params } = request;
    await confirmTask(scope, params.id, expectedVersion(request));
    return presentTask(scope, params.id, reply);
  });
}
