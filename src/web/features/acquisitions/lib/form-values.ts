import type { AcquisitionInputDraft } from '../../../../shared/acquisitions';
import type { AcquisitionDetail } from '../api/types';
import { missing, unset } from '../../../kit/forms/unset';

/** The need's fields as the inputs hold them (text; empty = not set). Paths match the API's, so its field errors land on them. */
export interface AcquisitionFormValues {
  title: string;
  needText: string;
  capabilityIds: string[];
  departmentId: string;
  estimatedValue: string;
  neededBy: string;
  procurementPlannedOn: string;
  procurementStartedOn: string;
}

export const emptyAcquisition: AcquisitionFormValues = {
  title: '',
  needText: '',
  capabilityIds: [],
  departmentId: '',
  estimatedValue: '',
  neededBy: '',
  procurementPlannedOn: '',
  procurementStartedOn: '',
};

export function fromAcquisition(a: AcquisitionDetail): AcquisitionFormValues {
  return {
    title: a.title,
    needText: a.needText,
    capabilityIds: a.capabilities.map((c) => c.id),
    departmentId: a.departmentId,
    estimatedValue: String(a.estimatedValue),
    neededBy: a.neededBy ?? '',
    procurementPlannedOn: a.procurementPlannedOn ?? '',
    procurementStartedOn: a.procurementStartedOn ?? '',
  };
}

/** Kronor as typed: spaces (also non-breaking) and "kr" are allowed; anything else is left for the server to refuse. */
export function parseKronor(value: string): number {
  const cleaned = value.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

/**
 * The input the API takes, and what the form validates by its schema: a value that is not whole
 * kronor is sent as typed (NaN, a fraction, a negative) for the schema to refuse; an empty one,
 * like an unchosen department, is left out, so it is reported as required.
 */
export function toInput(v: AcquisitionFormValues): AcquisitionInputDraft {
  return {
    title: v.title,
    needText: v.needText,
    capabilityIds: v.capabilityIds,
    departmentId: unset(v.departmentId),
    estimatedValue: v.estimatedValue.trim() === '' ? missing : parseKronor(v.estimatedValue),
    neededBy: v.neededBy === '' ? null : v.neededBy,
    procurementPlannedOn: v.procurementPlannedOn === '' ? null : v.procurementPlannedOn,
    procurementStartedOn: v.procurementStartedOn === '' ? null : v.procurementStartedOn,
  };
}

/** The DOM id of a field path, e.g. `capabilityIds` → `acquisition-capabilityIds`. */
export const fieldId = (path: string) => `acquisition-${path.replace(/\./g, '-')}`;
