/**
 * Shapes of the demo municipality's content. The content files are plain data; seed.ts turns
 * them into records through the modules' commands, so demo data obeys the same rules as user data.
 */
import type { ApplicationInput } from '../../../shared/applications.js';

export interface CapabilityEntry {
  /** Stable code, upper case, dot-separated: `VO` (a root), `VO.DOK` (a leaf under it). */
  code: string;
  parentCode: string | null;
  nameSv: string;
  nameEn: string;
}

export interface DemoDepartment {
  /** Short code used inside the demo content to refer to the department, e.g. `SOC`. */
  code: string;
  name: string;
}

export interface DemoPerson {
  /** Key used inside the demo content, e.g. `itchef`. */
  key: string;
  name: string;
  /** Local part of the e-mail; the domain is added by the seeder. */
  emailLocal: string;
  departmentCode: string | null;
  title: string;
  /** A role key of roles.ts when the person gets a login, otherwise null. */
  roleKey: string | null;
}

export interface DemoSystem {
  name: string;
  vendor: string | null;
  versions: string[];
  kind: ApplicationInput['kind'];
  description: string;
  lifecycle: ApplicationInput['lifecycle'];
  assessment: ApplicationInput['assessment'];
  yearlyCost: number | null;
  /** Person keys; null leaves the system without a systemägare / förvaltningsledare (deliberately, for some). */
  ownerKey: string | null;
  managerKey: string | null;
  departmentCodes: string[];
  /** Leaf capability codes from the catalogue. */
  capabilityCodes: string[];
  personalData: boolean;
  classification: { k: number | null; r: number | null; t: number | null };
  /** Contract end relative to the seeding day, in days (negative: already ended); null: no contract. */
  contractEndInDays: number | null;
  noticeMonths: number | null;
  /** Names of other demo systems this one sends data to. */
  integrationsTo: string[];
  /** Disruption tests, relative to the seeding day in days (negative = in the past). */
  disruptionTests: { daysAgo: number; result: 'passed' | 'passed_with_remarks' | 'failed'; notes: string }[];
  sharedWithCollaboration: boolean;
}
