import { type AcquisitionDetail, type AcquisitionOutcome, type AcquisitionSummary, installableOutcomes, routeDate } from '../../../shared/acquisitions.js';
import type { AuthContext } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { itemsAbout } from '../council/queries.js';
import { can } from '../../platform/permissions.js';
import { aboveThreshold, directReasonsRequired, installBlockOf, routeOf, scopeRecord } from './commands.js';
import { describeReason, routeGrounds } from './reasons.js';
import { type AcquisitionRow, acquisitionRepository } from './repository.js';

type Listed = { row: AcquisitionRow; departmentName: string; reportedByName: string | null };

export function presentSummary({ row, departmentName, reportedByName }: Listed): AcquisitionSummary {
  return {
    id: row.id,
    title: row.title,
    departmentId: row.departmentId,
    departmentName,
    estimatedValue: row.estimatedValue,
    reportedOn: row.reportedOn,
    reportedByName,
    neededBy: row.neededBy,
    step: row.step as AcquisitionSummary['step'],
    outcome: row.outcome as AcquisitionSummary['outcome'],
    councilNotedAt: row.councilNotedAt?.toISOString() ?? null,
    projectId: row.projectId,
    applicationId: row.applicationId,
    rowVersion: row.rowVersion,
  };
}

const withdrawnText = (at: Date, byName: string | null, reason: string, language: 'sv' | 'en') => {
  const date = at.toISOString().slice(0, 10);
  return language === 'sv' ? `Behovet återkallades ${date}${byName ? ` av ${byName}` : ''}: ${reason}` : `The need was withdrawn on ${date}${byName ? ` by ${byName}` : ''}: ${reason}`;
};

/** The whole acquisition as its page shows it, the route's reason in the reader's language. */
export async function presentAcquisition(db: Db, auth: AuthContext, id: string): Promise<AcquisitionDetail> {
  const repo = acquisitionRepository(db, auth.organisationId);
  const found = await repo.get(id);
  if (!found) throw notFound();
  const { row } = found;
  // The answers are read once: all of them for the history, the current ones for the route.
  const answers = await repo.answers(id);
  const current = answers.filter((a) => a.answer.supersededAt === null).map((a) => a.answer);
  const [capabilities, attachments, route, above, councilItems, installBlocked, directReasons] = await Promise.all([
    repo.capabilities(id, auth.language),
    repo.attachments(id, can(auth, 'organisation.manage')),
    routeOf(db, auth.organisationId, row, current),
    aboveThreshold(db, auth.organisationId, row),
    itemsAbout(db, auth.organisationId, id),
    installBlockOf(db, auth.organisationId, row, found.projectStatus),
    directReasonsRequired(db, auth.organisationId, row, current),
  ]);
  const scoped = scopeRecord(row);
  const mayRoute = can(auth, 'acquisition.route', scoped);
  const installed = row.applicationId !== null;
  const withdrawn = row.withdrawnAt !== null;
  return {
    ...presentSummary(found),
    needText: row.needText,
    capabilities,
    reportedById: row.reportedById,
    prestudyText: row.prestudyText,
    attachments: attachments.map(({ archivedAt, ...a }) => ({ ...a, uploadedAt: a.uploadedAt.toISOString(), archived: archivedAt !== null })),
    // The grounds are worked out from the stored need and the rules of its date on every read: no prose is stored for them.
    route: row.withdrawnAt
      ? { code: 'withdrawn', reason: withdrawnText(row.withdrawnAt, found.withdrawnByName, row.withdrawnReason ?? '', auth.language), provisional: false, grounds: null, missing: [] }
      : {
          code: route.reason.code,
          reason: describeReason(route.reason, auth.language),
          provisional: route.provisional === true,
          grounds: routeGrounds(route.reason, routeDate(row)),
          missing: route.reason.code === 'no_rule_in_force' ? route.reason.missing : [],
        },
    answers: answers.map(({ answer, ownSystemName, agreementName, answeredByName }) => ({
      id: answer.id,
      step: answer.step as AcquisitionDetail['answers'][number]['step'],
      covered: answer.covered,
      result: answer.result as AcquisitionDetail['answers'][number]['result'],
      // A partner's system as recorded when answered; an own system by its current name.
      system: answer.systemId ? { id: answer.systemId, name: ownSystemName ?? answer.systemName ?? '', municipality: ownSystemName === null ? answer.systemMunicipality : null } : null,
      agreement: answer.agreementId && agreementName !== null ? { id: answer.agreementId, name: agreementName } : null,
      comment: answer.comment,
      answeredAt: answer.answeredAt.toISOString(),
      answeredByName,
      superseded: answer.supersededAt !== null,
    })),
    aboveThreshold: above,
    project: row.projectId && found.projectName !== null ? { id: row.projectId, name: found.projectName } : null,
    application: row.applicationId && found.applicationName !== null ? { id: row.applicationId, name: found.applicationName } : null,
    installedOn: row.installedOn,
    purchaseKind: row.purchaseKind as AcquisitionDetail['purchaseKind'],
    councilNotedByName: found.notedByName,
    councilItems,
    directReasonsRequired: directReasons,
    procurementPlannedOn: row.procurementPlannedOn,
    procurementStartedOn: row.procurementStartedOn,
    routedOn: routeDate(row),
    installBlocked: row.applicationId === null && installableOutcomes.includes(row.outcome as AcquisitionOutcome) ? installBlocked : null,
    withdrawn: row.withdrawnAt ? { at: row.withdrawnAt.toISOString(), byName: found.withdrawnByName, reason: row.withdrawnReason ?? '' } : null,
    allowed: {
      edit: mayRoute && !installed && !withdrawn,
      answer: mayRoute && !installed && !withdrawn,
      withdraw: mayRoute && !installed && !withdrawn,
      reopen: mayRoute && withdrawn,
      install: mayRoute && !installed && !withdrawn && can(auth, 'application.create', { departmentIds: [row.departmentId], ownerIds: [] }) && installableOutcomes.includes(row.outcome as AcquisitionOutcome),
      note: can(auth, 'council.manage') && row.councilNotedAt === null,
      manageAttachments: can(auth, 'organisation.manage'),
    },
  };
}
