import type { UseFormReturnType } from '@mantine/form';
import type { Application, ApplicationInput, Lifecycle } from '../../../../shared/applications';
import type { Assessment, DisruptionResult } from './enums';

/**
 * What the form edits. Selects and text inputs hold strings, so "not chosen" is '' here and
 * null in the API; toApplicationInput and fromApplication translate between the two.
 */
export interface ApplicationFormValues {
  name: string;
  vendor: string;
  versions: string[];
  kind: ApplicationInput['kind'];
  description: string;
  lifecycle: Lifecycle;
  assessment: Assessment | '';
  yearlyCost: number | string;
  ownerId: string | null;
  managerId: string | null;
  departmentIds: string[];
  capabilityIds: string[];
  personalData: boolean;
  classification: { k: string; r: string; t: string };
  /** `agreementId`: an agreement of the register ('' = the system's own contract, dated here). */
  contract: { endDate: string; noticeMonths: number | string; agreementId: string };
  integrations: { targetId: string; description: string }[];
  disruptionTests: { testedOn: string; result: DisruptionResult; notes: string }[];
  sharedWithCollaboration: boolean;
}

export function emptyFormValues(): ApplicationFormValues {
  return {
    name: '',
    vendor: '',
    versions: [],
    kind: 'system',
    description: '',
    lifecycle: 'in_use',
    assessment: '',
    yearlyCost: '',
    ownerId: null,
    managerId: null,
    departmentIds: [],
    capabilityIds: [],
    personalData: false,
    classification: { k: '', r: '', t: '' },
    contract: { endDate: '', noticeMonths: '', agreementId: '' },
    integrations: [],
    disruptionTests: [],
    sharedWithCollaboration: false,
  };
}

const level = (value: number | null) => (value === null ? '' : String(value));
const toLevel = (value: string) => (value === '' ? null : Number(value));
const toWhole = (value: number | string) => (value === '' || value === null ? null : Number(value));
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function fromApplication(application: Application): ApplicationFormValues {
  return {
    name: application.name,
    vendor: application.vendor ?? '',
    versions: [...application.versions],
    kind: application.kind,
    description: application.description,
    lifecycle: application.lifecycle,
    assessment: application.assessment ?? '',
    yearlyCost: application.yearlyCost ?? '',
    ownerId: application.ownerId,
    managerId: application.managerId,
    departmentIds: [...application.departmentIds],
    capabilityIds: [...application.capabilityIds],
    personalData: application.personalData,
    classification: {
      k: level(application.classification.k),
      r: level(application.classification.r),
      t: level(application.classification.t),
    },
    contract: {
      endDate: application.contract.endDate ?? '',
      noticeMonths: application.contract.noticeMonths ?? '',
      agreementId: application.contract.agreementId ?? '',
    },
    integrations: application.integrations.map(({ targetId, description }) => ({ targetId, description })),
    disruptionTests: application.disruptionTests.map((test) => ({ ...test })),
    sharedWithCollaboration: application.sharedWithCollaboration,
  };
}

export function toApplicationInput(values: ApplicationFormValues): ApplicationInput {
  return {
    name: values.name.trim(),
    vendor: orNull(values.vendor),
    versions: values.versions.map((v) => v.trim()),
    kind: values.kind,
    description: values.description.trim(),
    lifecycle: values.lifecycle,
    assessment: values.assessment === '' ? null : values.assessment,
    yearlyCost: toWhole(values.yearlyCost),
    ownerId: values.ownerId || null,
    managerId: values.managerId || null,
    departmentIds: values.departmentIds,
    capabilityIds: values.capabilityIds,
    personalData: values.personalData,
    classification: {
      k: toLevel(values.classification.k),
      r: toLevel(values.classification.r),
      t: toLevel(values.classification.t),
    },
    contract: {
      // With an agreement of the register its dates come from there: send them as null.
      endDate: values.contract.agreementId || values.contract.endDate === '' ? null : values.contract.endDate,
      noticeMonths: values.contract.agreementId ? null : toWhole(values.contract.noticeMonths),
      agreementId: values.contract.agreementId || null,
    },
    integrations: values.integrations.map((i) => ({ targetId: i.targetId, description: i.description.trim() })),
    disruptionTests: values.disruptionTests.map((d) => ({ ...d, notes: d.notes.trim() })),
    sharedWithCollaboration: values.sharedWithCollaboration,
  };
}

/** The full input a PUT needs to change one thing of a saved system (e.g. phasing it out). */
export function applicationToInput(application: Application, change: Partial<ApplicationInput> = {}): ApplicationInput {
  return { ...toApplicationInput(fromApplication(application)), ...change };
}

export type ApplicationForm = UseFormReturnType<ApplicationFormValues>;
