import type { UseFormReturnType } from '@mantine/form';
import type { DocumentInputDraft, ImportProposal, ItemInput, ItemKind, SteeringDocument } from '../../../../shared/documents';
import { unset } from '../../../kit/forms/unset';

/** An item as the form holds it: `key` is the form's own, stable across moves, never sent. */
export interface ItemFormValues {
  key: string;
  id?: string;
  kind: ItemKind;
  number: string;
  title: string;
  text: string;
  children: ItemFormValues[];
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
}

export type DocumentForm = UseFormReturnType<DocumentFormValues>;

let counter = 0;
/** A key unique within the page's life, so React keeps each item's inputs while items move. */
function newItemKey(): string {
  counter += 1;
  return `item-${counter}`;
}

function toItemFormValues(items: readonly (ItemInput | SteeringDocument['items'][number])[]): ItemFormValues[] {
  return items.map((item) => ({
    key: newItemKey(),
    id: 'id' in item ? item.id : undefined,
    kind: item.kind,
    number: item.number ?? '',
    title: item.title,
    text: item.text ?? '',
    children: toItemFormValues(item.children ?? []),
  }));
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

/** A proposal from an import, as a new document's starting values; nothing is saved yet. */
export function fromProposal(proposal: ImportProposal, ownerId: string | undefined): DocumentFormValues {
  return {
    ...emptyDocumentValues,
    title: proposal.title,
    typeId: proposal.typeId ?? '',
    diarienummer: proposal.diarienummer ?? '',
    decidingBody: proposal.decidingBody ?? '',
    ownerId: ownerId ?? '',
    body: proposal.body,
    items: toItemFormValues(proposal.items),
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
