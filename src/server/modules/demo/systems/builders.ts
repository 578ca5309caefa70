/**
 * Small builders for the demo register's entries that only fill in defaults, so each entry states
 * what is special about it.
 */
import type { DemoSystem } from '../content-types.js';

type SystemDraft = Pick<
  DemoSystem,
  'name' | 'vendor' | 'description' | 'ownerKey' | 'departmentCodes' | 'capabilityCodes'
> &
  Partial<DemoSystem>;

export function sys(draft: SystemDraft): DemoSystem {
  return {
    versions: [],
    kind: 'system',
    lifecycle: 'in_use',
    assessment: 'tolerate',
    yearlyCost: null,
    managerKey: null,
    personalData: false,
    classification: { k: null, r: null, t: null },
    contractEndInDays: null,
    noticeMonths: null,
    integrationsTo: [],
    disruptionTests: [],
    sharedWithCollaboration: false,
    ...draft,
  };
}

/** Konfidentialitet, riktighet, tillgänglighet, each 1..4. */
export function krt(k: number, r: number, t: number): DemoSystem['classification'] {
  return { k, r, t };
}

type TestResult = DemoSystem['disruptionTests'][number]['result'];

/** A disruption test `days` days before the seeding day. */
export function test(days: number, result: TestResult, notes: string): DemoSystem['disruptionTests'][number] {
  return { daysAgo: -days, result, notes };
}
