import type { ApplicationInput } from '../../../shared/applications.js';
import type { ApplicationRepository } from './repository.js';

/**
 * The state of a system as the audit trail records it (before / after) and as a PUT replaces it.
 * Lists are sorted so that an unchanged list never shows up as a change.
 */
export interface Snapshot {
  name: string;
  vendor: string | null;
  versions: string[];
  kind: ApplicationInput['kind'];
  description: string;
  lifecycle: ApplicationInput['lifecycle'];
  assessment: ApplicationInput['assessment'];
  yearlyCost: number | null;
  ownerId: string | null;
  managerId: string | null;
  departmentIds: string[];
  capabilityIds: string[];
  personalData: boolean;
  classification: ApplicationInput['classification'];
  /** `agreementId`: the agreements register's agreement that is the contract, or null for the system's own. */
  contract: { endDate: string | null; noticeMonths: number | null; agreementId: string | null };
  integrations: { targetId: string; description: string }[];
  disruptionTests: { testedOn: string; result: ApplicationInput['disruptionTests'][number]['result']; notes: string }[];
  sharedWithCollaboration: boolean;
}

/** `currentAgreementId`: the register agreement the system has now, kept when the input leaves it out. */
export function snapshotFromInput(input: ApplicationInput, currentAgreementId: string | null = null): Snapshot {
  return {
    name: input.name,
    vendor: input.vendor || null,
    versions: input.versions,
    kind: input.kind,
    description: input.description,
    lifecycle: input.lifecycle,
    assessment: input.assessment,
    yearlyCost: input.yearlyCost,
    ownerId: input.ownerId,
    managerId: input.managerId,
    departmentIds: [...new Set(input.departmentIds)].sort(),
    capabilityIds: [...new Set(input.capabilityIds)].sort(),
    personalData: input.personalData,
    classification: input.classification,
    contract: {
      endDate: input.contract.endDate,
      noticeMonths: input.contract.noticeMonths,
      agreementId: input.contract.agreementId === undefined ? currentAgreementId : input.contract.agreementId,
    },
    integrations: [...input.integrations].sort((a, b) => a.targetId.localeCompare(b.targetId)),
    disruptionTests: [...input.disruptionTests].sort((a, b) => b.testedOn.localeCompare(a.testedOn) || a.result.localeCompare(b.result)),
    sharedWithCollaboration: input.sharedWithCollaboration,
  };
}

type Loaded = NonNullable<Awaited<ReturnType<ApplicationRepository['get']>>>;

export function snapshotFromLoaded(loaded: Loaded): Snapshot {
  const { row } = loaded;
  return {
    name: row.name,
    vendor: loaded.vendor,
    versions: row.versions,
    kind: row.kind as Snapshot['kind'],
    description: row.description,
    lifecycle: row.lifecycle as Snapshot['lifecycle'],
    assessment: row.assessment as Snapshot['assessment'],
    yearlyCost: row.yearlyCost,
    ownerId: row.ownerId,
    managerId: row.managerId,
    departmentIds: loaded.departmentIds,
    capabilityIds: loaded.capabilityIds,
    personalData: row.personalData,
    classification: { k: row.classK, r: row.classR, t: row.classT },
    contract: {
      endDate: loaded.contract?.endDate ?? null,
      noticeMonths: loaded.contract?.noticeMonths ?? null,
      agreementId: loaded.contract?.registered ? loaded.contract.agreementId : null,
    },
    integrations: loaded.integrations.map((i) => ({ targetId: i.targetId, description: i.description })),
    disruptionTests: [...loaded.disruptionTests].sort((a, b) => b.testedOn.localeCompare(a.testedOn) || a.result.localeCompare(b.result)),
    sharedWithCollaboration: row.sharedWithCollaboration,
  };
}

/** The applications table's own columns for a snapshot. */
export function rowValues(s: Snapshot, supplierId: string | null) {
  return {
    name: s.name,
    supplierId,
    versions: s.versions,
    kind: s.kind,
    description: s.description,
    lifecycle: s.lifecycle,
    assessment: s.assessment,
    yearlyCost: s.yearlyCost,
    ownerId: s.ownerId,
    managerId: s.managerId,
    personalData: s.personalData,
    classK: s.classification.k,
    classR: s.classification.r,
    classT: s.classification.t,
    sharedWithCollaboration: s.sharedWithCollaboration,
  };
}
