import type { AcquisitionOutcome, AcquisitionStep, AnswerStep, prestudyResults as sharedPrestudyResults, purchaseKinds as sharedPurchaseKinds } from '../../../../shared/acquisitions';
import type { AgreementKind, agreementListQuery } from '../../../../shared/agreements';
import type { z } from 'zod';

// Value lists for selects and labels. The shared module's arrays would pull zod into the browser
// bundle (the list's search validation loads with the router), so they are restated;
// `satisfies Record<…>` makes the compiler refuse a list that misses or invents a value.
export type { AcquisitionOutcome, AcquisitionStep, AgreementKind, AnswerStep };
export type AgreementStatus = NonNullable<z.infer<typeof agreementListQuery>['status']>;
export type PrestudyResult = (typeof sharedPrestudyResults)[number];
export type PurchaseKind = (typeof sharedPurchaseKinds)[number];

const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

/** In the route's order. */
export const acquisitionSteps = keys({
  internal: true,
  partner: true,
  prestudy: true,
  agreement: true,
  procedure: true,
} satisfies Record<AcquisitionStep, true>);

export const acquisitionOutcomes = keys({
  use_internal: true,
  join_partner: true,
  no_purchase: true,
  wait: true,
  call_off: true,
  direct_procurement: true,
  simplified_or_selection: true,
  open_or_selective: true,
  withdrawn: true,
} satisfies Record<AcquisitionOutcome, true>);

/** Outcomes that end in buying something (and so may become a project). */
export const purchaseOutcomes: readonly AcquisitionOutcome[] = ['call_off', 'direct_procurement', 'simplified_or_selection', 'open_or_selective'];
/** Outcomes after which the acquisition can be installed as a system in the register. */
export const installableOutcomes: readonly AcquisitionOutcome[] = ['join_partner', ...purchaseOutcomes];

export const prestudyResults = keys({ no_purchase: true, wait: true, purchase: true } satisfies Record<PrestudyResult, true>);
export const purchaseKinds = keys({ framework_agreement: true, one_time_purchase: true } satisfies Record<PurchaseKind, true>);
export const agreementKinds = keys({ framework: true, contract: true } satisfies Record<AgreementKind, true>);
export const agreementStatuses = keys({ in_force: true, expired: true, not_started: true } satisfies Record<AgreementStatus, true>);
export const acquisitionStates = ['open', 'ended'] as const;

/**
 * The step at which each outcome of the route ends it; the procedure outcomes follow the agreement
 * step. A withdrawn need stops wherever it was (see route-steps.ts).
 */
export const outcomeStep: Record<Exclude<AcquisitionOutcome, 'withdrawn'>, AcquisitionStep> = {
  use_internal: 'internal',
  join_partner: 'partner',
  no_purchase: 'prestudy',
  wait: 'prestudy',
  call_off: 'agreement',
  direct_procurement: 'procedure',
  simplified_or_selection: 'procedure',
  open_or_selective: 'procedure',
};
