import type { DocumentType, DocumentTypeInput } from '../../../../shared/documents';

/** A document type as the dialog's inputs hold it: number inputs hold '' while empty. */
export interface DocumentTypeValues {
  key: string;
  nameSv: string;
  nameEn: string;
  level: number | string;
  validityYears: number | string;
  revisionIntervalMonths: number | string;
  defaultOwner: string;
  defaultDecidingBody: string;
}

export const toDocumentTypeValues = (type?: DocumentType): DocumentTypeValues => ({
  key: type?.key ?? '',
  nameSv: type?.nameSv ?? '',
  nameEn: type?.nameEn ?? '',
  level: type?.level ?? 4,
  validityYears: type?.validityYears ?? '',
  revisionIntervalMonths: type?.revisionIntervalMonths ?? '',
  defaultOwner: type?.defaultOwner ?? '',
  defaultDecidingBody: type?.defaultDecidingBody ?? '',
});

/** Empty is "not set" (null); anything else is sent as the number it reads as (NaN if none). */
const orNull = (value: number | string) => (value === '' ? null : Number(value));

export function toDocumentTypeInput(values: DocumentTypeValues): DocumentTypeInput {
  return {
    key: values.key.trim(),
    nameSv: values.nameSv,
    nameEn: values.nameEn,
    // Required: an empty level is sent as NaN, which the schema names ("Måste vara ett tal.").
    level: values.level === '' ? Number.NaN : Number(values.level),
    validityYears: orNull(values.validityYears),
    revisionIntervalMonths: orNull(values.revisionIntervalMonths),
    defaultOwner: values.defaultOwner,
    defaultDecidingBody: values.defaultDecidingBody,
  };
}
