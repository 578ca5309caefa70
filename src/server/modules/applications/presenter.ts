import type { Application, ApplicationListItem } from '../../../shared/applications.js';
import type { QualityWeights } from '../../../shared/quality.js';
import { missingQualityFields, qualityBandOf, qualityScore } from '../../../shared/quality-rules.js';
import type { AuthContext } from '../../platform/auth.js';
import { can, scopeOf } from '../../platform/permissions.js';
import type { ReadScope } from './list-queries.js';
import type { ApplicationRepository } from './repository.js';
import { presenceOf } from './quality.js';
import { flagsFor, noticeDate } from './rules.js';
import { snapshotFromLoaded } from './snapshot.js';

type Loaded = NonNullable<Awaited<ReturnType<ApplicationRepository['get']>>>;

/** What leaves the server for one system; internal columns stay in (STYLE.md 5). */
export function presentApplication(loaded: Loaded, auth: AuthContext, today: string, weights: QualityWeights): Application {
  const s = snapshotFromLoaded(loaded);
  const { row } = loaded;
  const record = { departmentIds: s.departmentIds, ownerIds: [s.ownerId, s.managerId] };
  const presence = presenceOf({ ...s, agreementCount: loaded.agreementCount });
  const score = qualityScore(presence, weights);
  return {
    id: row.id,
    ...s,
    ownerName: loaded.ownerName,
    managerName: loaded.managerName,
    contract: {
      ...s.contract,
      noticeDate: noticeDate(s.contract.endDate, s.contract.noticeMonths),
      agreement: loaded.contract?.registered ? { id: loaded.contract.agreementId, name: loaded.contract.name, kind: loaded.contract.kind } : null,
    },
    integrations: loaded.integrations,
    incomingIntegrations: loaded.incomingIntegrations,
    flags: flagsFor(
      {
        kind: s.kind,
        lifecycle: s.lifecycle,
        ownerId: s.ownerId,
        responsibleInactive: loaded.responsibleInactive,
        personalData: s.personalData,
        classification: s.classification,
        contractEndDate: s.contract.endDate,
        noticeMonths: s.contract.noticeMonths,
        disruptionTests: s.disruptionTests,
      },
      today,
    ),
    quality: { score, band: qualityBandOf(score), missing: missingQualityFields(presence, weights) },
    rowVersion: row.rowVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    acquisition: loaded.acquisition,
    allowed: { update: can(auth, 'application.update', record), archive: can(auth, 'application.archive', record) },
  };
}

type ListRow = Awaited<ReturnType<ApplicationRepository['list']>>['rows'][number];

export function presentListItem(row: ListRow, today: string): ApplicationListItem {
  const lifecycle = row.lifecycle as ApplicationListItem['lifecycle'];
  const kind = row.kind as ApplicationListItem['kind'];
  return {
    id: row.id,
    name: row.name,
    vendor: row.vendor,
    kind,
    lifecycle,
    assessment: row.assessment as ApplicationListItem['assessment'],
    yearlyCost: row.yearlyCost,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    personalData: row.personalData,
    contractEndDate: row.contractEndDate,
    noticeDate: noticeDate(row.contractEndDate, row.noticeMonths),
    updatedAt: row.updatedAt.toISOString(),
    qualityScore: row.qualityScore,
    flags: flagsFor(
      {
        kind,
        lifecycle,
        ownerId: row.ownerId,
        responsibleInactive: row.responsibleInactive,
        personalData: row.personalData,
        classification: { k: row.classK, r: row.classR, t: row.classT },
        contractEndDate: row.contractEndDate,
        noticeMonths: row.noticeMonths,
        disruptionTests: row.tests,
      },
      today,
    ).concat(row.probableDuplicate ? ['probable_duplicate'] : []),
  };
}

/** The rows the person may read: the whole register, their department's, or their own. */
export function readScopeOf(auth: AuthContext): ReadScope | null {
  switch (scopeOf(auth, 'application.read')) {
    case 'all':
      return { kind: 'all' };
    case 'department':
      return { kind: 'department', departmentId: auth.departmentId, personId: auth.personId };
    case 'own':
      return { kind: 'own', personId: auth.personId };
    default:
      return null;
  }
}
