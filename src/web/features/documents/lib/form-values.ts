import type { UseFormReturnType } from '@mantine/form';
import type { DocumentInputDraft, ImportProposal, ItemInput, ItemKind, ProposedAssignment, ProposedItemOutput, ProposedKpi, SteeringDocument } from '../../../../shared/documents';
import { unset } from '../../../kit/forms/unset';
import { matchParty, type MatchDepartment, type MatchPerson } from './party-match';

/** An item as the form holds it: `key` is the form's own, stable across moves, never sent. */
export interface ItemFormValues {
  key: string;
  id?: string;
  kind: ItemKind;
  number: string;
  title: string;
  text: string;
  children: ItemFormValues[];
  /** An imported item: why the import proposed it (which heading, list, table or pattern). */
  reason?: string;
  /** An imported goal: the KPIs its numbers set, created with the document if kept. */
  kpis?: KpiProposalValues[];
  /** An imported item: the assignments its sentences give, created with the document if kept. */
  assignments?: AssignmentProposalValues[];
}

/** A proposed assignment as the review holds it: the owner proposed from the party, changeable. */
export interface AssignmentProposalValues {
  key: string;
  keep: boolean;
  title: string;
  /** Who the text names; null when nobody. */
  party: string | null;
  ownerId: string;
  /** How the owner was matched to the party; null when it was not. */
  matchedBy: 'name' | 'title' | 'department' | null;
  dueOn: string;
  source: string;
}

/** The people and departments a party is matched against. */
export interface Register {
  people: readonly MatchPerson[];
  departments: readonly MatchDepartment[];
}

/** A proposed KPI as the import form holds it: every number as text, the way inputs hold it. */
export interface KpiProposalValues {
  key: string;
  keep: boolean;
  name: string;
  unit: 'percent' | 'kronor' | 'days' | 'count' | 'index';
  direction: 'higher' | 'lower';
  /** A change from the baseline ("minska … med 25 %") rather than a level to reach. */
  relative: boolean;
  /** For a relative target: the change in per cent (−25 = a quarter less). */
  change: string;
  targetValue: string;
  targetDate: string;
  baselineValue: string;
  baselineDate: string;
  definition: string;
  source: string;
}

/** A responsibility row proposed by an import, as the review holds it; saved after the document. */
export interface ResponsibilityProposalValues {
  key: string;
  party: string;
  responsibility: string;
  /** The table row or sentence it was read from. */
  source: string;
  /** The person and department proposed from the party (party-match), changeable; '' for none. */
  personId: string;
  departmentId: string;
}

/** Every field of DocumentInput as text (empty string = not set), the way inputs hold it. */
export interface DocumentFormValues {
  title: string;
  typeId: string;
  diarienummer: string;
  ownerId: string;
  decidingBody: string;
  validFrom: string;
  validTo: string;
  nextRevisionOn: string;
  parentId: string;
  body: string;
  items: ItemFormValues[];
  /** An import's proposed responsibility table: the rows kept are saved after the document. */
  responsibilities?: ResponsibilityProposalValues[];
  /**
   * An import whose responsibility table is proposed: the body without the rows the table took
   * (the body the review starts with) and the full one, put back if every row is removed.
   */
  responsibilityBodies?: { without: string; full: string };
}

export type DocumentForm = UseFormReturnType<DocumentFormValues>;

let counter = 0;
/** A key unique within the page's life, so React keeps each item's inputs while items move. */
function newItemKey(): string {
  counter += 1;
  return `item-${counter}`;
}

/**
 * A proposed KPI as form values. A relative target starts as an index (baseline 100 today), which
 * the person may replace with the baseline in the goal's own unit; the target level is computed
 * from the change when it is saved (relativeTargetLevel).
 */
function kpiProposalValues(kpi: ProposedKpi, today: string): KpiProposalValues {
  return {
    key: newItemKey(),
    keep: true,
    name: kpi.name,
    unit: kpi.relative ? 'index' : kpi.unit,
    direction: kpi.direction,
    relative: kpi.relative,
    change: kpi.relative ? String(kpi.targetValue) : '',
    targetValue: kpi.relative ? '' : String(kpi.targetValue),
    targetDate: kpi.targetDate ?? '',
    baselineValue: kpi.relative ? '100' : '',
    baselineDate: kpi.relative ? today : '',
    definition: kpi.definition,
    source: kpi.source,
  };
}

function assignmentProposalValues(a: ProposedAssignment, register: Register): AssignmentProposalValues {
  const match = matchParty(a.party, register.people, register.departments);
  return { key: newItemKey(), keep: true, title: a.title, party: a.party, ownerId: match.personId ?? '', matchedBy: match.personId ? match.by : null, dueOn: a.dueOn ?? '', source: a.source };
}

const NO_REGISTER: Register = { people: [], departments: [] };

function toItemFormValues(items: readonly (ItemInput | ProposedItemOutput | SteeringDocument['items'][number])[], today = '', register = NO_REGISTER): ItemFormValues[] {
  return items.map((item) => {
    const proposed = item as ProposedItemOutput;
    return {
      key: newItemKey(),
      id: 'id' in item ? item.id : undefined,
      kind: item.kind,
      number: item.number ?? '',
      title: item.title,
      text: item.text ?? '',
      children: toItemFormValues(item.children ?? [], today, register),
      ...(proposed.reason ? { reason: proposed.reason } : {}),
      ...(proposed.kpis?.length ? { kpis: proposed.kpis.map((k) => kpiProposalValues(k, today)) } : {}),
      ...(proposed.assignments?.length ? { assignments: proposed.assignments.map((a) => assignmentProposalValues(a, register)) } : {}),
    };
  });
}

export function emptyItem(kind: ItemKind): ItemFormValues {
  return { key: newItemKey(), kind, number: '', title: '', text: '', children: [] };
}

export const emptyDocumentValues: DocumentFormValues = {
  title: '',
  typeId: '',
  diarienummer: '',
  ownerId: '',
  decidingBody: '',
  validFrom: '',
  validTo: '',
  nextRevisionOn: '',
  parentId: '',
  body: '',
  items: [],
};

export function fromDocument(doc: SteeringDocument): DocumentFormValues {
  return {
    title: doc.title,
    typeId: doc.typeId,
    diarienummer: doc.diarienummer ?? '',
    ownerId: doc.ownerId ?? '',
    decidingBody: doc.decidingBody ?? '',
    validFrom: doc.validFrom ?? '',
    validTo: doc.validTo ?? '',
    nextRevisionOn: doc.nextRevisionOn ?? '',
    parentId: doc.parentId ?? '',
    body: doc.body,
    items: toItemFormValues(doc.items),
  };
}

/**
 * A proposal from an import, as a new document's starting values; nothing is saved yet. The
 * parties of assignments and responsibility rows are matched to the register's people and
 * departments. With a responsibility table proposed, the body starts without the rows it took.
 */
export function fromProposal(proposal: ImportProposal, ownerId: string | undefined, today: string, register: Register = NO_REGISTER): DocumentFormValues {
  const bodies = proposal.responsibilities.length && proposal.bodyWithoutResponsibilities !== null ? { without: proposal.bodyWithoutResponsibilities, full: proposal.body } : null;
  return {
    ...emptyDocumentValues,
    title: proposal.title,
    typeId: proposal.typeId ?? '',
    diarienummer: proposal.diarienummer ?? '',
    decidingBody: proposal.decidingBody ?? '',
    ownerId: ownerId ?? '',
    body: bodies?.without ?? proposal.body,
    items: toItemFormValues(proposal.items, today, register),
    ...(proposal.responsibilities.length
      ? {
          responsibilities: proposal.responsibilities.map(({ party, responsibility, source }) => {
            const match = matchParty(party, register.people, register.departments);
            return { key: newItemKey(), party, responsibility, source, personId: match.personId ?? '', departmentId: match.departmentId ?? '' };
          }),
        }
      : {}),
    ...(bodies ? { responsibilityBodies: bodies } : {}),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toItemInput(items: ItemFormValues[]): ItemInput[] {
  return items.map((item) => ({
    ...(item.id ? { id: item.id } : {}),
    kind: item.kind,
    number: item.number.trim(),
    title: item.title.trim(),
    text: item.text.trim(),
    children: toItemInput(item.children),
  }));
}

export function toDocumentInput(values: DocumentFormValues): DocumentInputDraft {
  return {
    title: values.title.trim(),
    typeId: unset(values.typeId),
    diarienummer: orNull(values.diarienummer),
    ownerId: orNull(values.ownerId),
    decidingBody: orNull(values.decidingBody),
    validFrom: orNull(values.validFrom),
    validTo: orNull(values.validTo),
    nextRevisionOn: orNull(values.nextRevisionOn),
    parentId: orNull(values.parentId),
    body: values.body,
    items: toItemInput(values.items),
  };
}

/** Counts items at every depth (the server caps a document at 200 per list). */
export function countItems(items: readonly { children: readonly unknown[] }[]): number {
  return items.reduce((sum, item) => sum + 1 + countItems(item.children as { children: unknown[] }[]), 0);
}
