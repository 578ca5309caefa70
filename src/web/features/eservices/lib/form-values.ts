import type { AccessibilityStatus, EserviceDetail, EserviceInputDraft } from '../../../../shared/eservices';

/** The form's values: numbers as typed, so the shared schema can name what is wrong with them. */
export interface EserviceFormValues {
  name: string;
  description: string;
  ownerId: string;
  applicationIds: string[];
  step: string;
  yearlyVolume: string;
  digitalShare: string;
  needsEid: boolean;
  accessibility: AccessibilityStatus;
  published: boolean;
  candidate: boolean;
  valued: boolean;
  digitisation: {
    minutesSavedPerCase: string;
    hourlyCost: string;
    otherYearlyBenefit: string;
    buildCost: string;
    yearlyRunningCost: string;
    firstYear: string;
    horizonYears: string;
  };
}

export function emptyEservice(year: number): EserviceFormValues {
  return {
    name: '',
    description: '',
    ownerId: '',
    applicationIds: [],
    step: '1',
    yearlyVolume: '0',
    digitalShare: '0',
    needsEid: false,
    accessibility: 'not_reviewed',
    published: false,
    candidate: false,
    valued: false,
    digitisation: { minutesSavedPerCase: '', hourlyCost: '', otherYearlyBenefit: '0', buildCost: '0', yearlyRunningCost: '0', firstYear: String(year), horizonYears: '5' },
  };
}

export function fromEservice(e: EserviceDetail, year: number): EserviceFormValues {
  const d = e.digitisation;
  return {
    name: e.name,
    description: e.description,
    ownerId: e.ownerId ?? '',
    applicationIds: e.applicationIds,
    step: String(e.step),
    yearlyVolume: String(e.yearlyVolume),
    digitalShare: String(e.digitalShare),
    needsEid: e.needsEid,
    accessibility: e.accessibility,
    published: e.published,
    candidate: e.candidate,
    valued: d !== null,
    digitisation: d
      ? {
          minutesSavedPerCase: String(d.minutesSavedPerCase),
          hourlyCost: String(d.hourlyCost),
          otherYearlyBenefit: String(d.otherYearlyBenefit),
          buildCost: String(d.buildCost),
          yearlyRunningCost: String(d.yearlyRunningCost),
          firstYear: String(d.firstYear),
          horizonYears: String(d.horizonYears),
        }
      : emptyEservice(year).digitisation,
  };
}

/** A number as typed: blank is missing, anything else is sent as the number it reads as (NaN for the schema to refuse). */
const num = (s: string) => (s.trim() === '' ? (undefined as unknown as number) : Number(s.trim().replace(/\s/g, '').replace(',', '.')));

export function toEserviceInput(v: EserviceFormValues): EserviceInputDraft {
  const d = v.digitisation;
  return {
    name: v.name,
    description: v.description,
    ownerId: v.ownerId === '' ? null : v.ownerId,
    applicationIds: v.applicationIds,
    step: num(v.step),
    yearlyVolume: num(v.yearlyVolume),
    digitalShare: num(v.digitalShare),
    needsEid: v.needsEid,
    accessibility: v.accessibility,
    published: v.published,
    candidate: v.candidate,
    digitisation: v.valued
      ? {
          minutesSavedPerCase: num(d.minutesSavedPerCase),
          hourlyCost: num(d.hourlyCost),
          otherYearlyBenefit: num(d.otherYearlyBenefit),
          buildCost: num(d.buildCost),
          yearlyRunningCost: num(d.yearlyRunningCost),
          firstYear: num(d.firstYear),
          horizonYears: num(d.horizonYears),
        }
      : null,
  };
}

export const eserviceFieldId = (path: string) => `eservice-${path.replace(/\./g, '-')}`;
