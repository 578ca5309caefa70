import type { BodyInputOf } from '../../../../shared/endpoint';
import type { acquisitionEndpoints } from '../../../../shared/endpoints/acquisitions';
import type { PurchaseKind } from './enums';
import { unset } from '../../../kit/forms/unset';

type InstallInput = BodyInputOf<typeof acquisitionEndpoints.install>;

/** Step 7's fields as the inputs hold them (text; empty = not set). Paths match the API's, so its field errors land on them. */
export interface InstallValues {
  name: string;
  vendor: string;
  purchaseKind: PurchaseKind | '';
  agreementId: string;
  installedOn: string;
}

/** The input the API takes; an empty installation day is left out, so it is reported as required. */
export function toInstallInput(v: InstallValues): InstallInput {
  return {
    name: v.name,
    vendor: v.vendor.trim() === '' ? null : v.vendor,
    purchaseKind: v.purchaseKind === '' ? null : v.purchaseKind,
    agreementId: v.agreementId === '' ? null : v.agreementId,
    installedOn: unset(v.installedOn),
  };
}
