import type { AgreementInputDraft } from '../../../../shared/agreements';
import type { AgreementDetail } from '../api/types';
import type { agreementKinds } from './enums';

export interface AgreementFormValues {
  name: string;
  kind: (typeof agreementKinds)[number];
  supplier: string;
  reference: string;
  description: string;
  capabilityIds: string[];
  startDate: string;
  endDate: string;
  noticeMonths: string;
  extensionOptions: string;
}

export const emptyAgreement: AgreementFormValues = {
  name: '',
  kind: 'framework',
  supplier: '',
  reference: '',
  description: '',
  capabilityIds: [],
  startDate: '',
  endDate: '',
  noticeMonths: '',
  extensionOptions: '',
};

export function fromAgreement(a: AgreementDetail): AgreementFormValues {
  return {
    name: a.name,
    kind: a.kind,
    supplier: a.supplier ?? '',
    reference: a.reference,
    description: a.description,
    capabilityIds: a.capabilityIds,
    startDate: a.startDate ?? '',
    endDate: a.endDate ?? '',
    noticeMonths: a.noticeMonths === null ? '' : String(a.noticeMonths),
    extensionOptions: a.extensionOptions,
  };
}

/** The input the API takes; a notice period that is no whole number of months is sent as typed, for the schema to refuse. */
export function toAgreementInput(v: AgreementFormValues): AgreementInputDraft {
  return {
    name: v.name,
    kind: v.kind,
    supplier: v.supplier.trim() === '' ? null : v.supplier,
    reference: v.reference,
    description: v.description,
    capabilityIds: v.capabilityIds,
    startDate: v.startDate === '' ? null : v.startDate,
    endDate: v.endDate === '' ? null : v.endDate,
    noticeMonths: v.noticeMonths.trim() === '' ? null : Number(v.noticeMonths.trim()),
    extensionOptions: v.extensionOptions,
  };
}

export const agreementFieldId = (path: string) => `agreement-${path.replace(/\./g, '-')}`;
