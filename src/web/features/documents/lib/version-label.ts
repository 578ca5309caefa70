import type { TFunction } from 'i18next';
import type { SteeringDocument } from '../../../../shared/documents';
import { formatDate } from '../../../kit/format';

type Versioned = Pick<SteeringDocument, 'status' | 'version' | 'adoptedVersion'>;

/**
 * Which version is worked on and which is in force, in words: "v2 under arbete, v1 gäller".
 * A revision keeps the decided version in force and public until the new one is decided.
 */
export function versionLabel(t: TFunction, doc: Versioned): string {
  const { status, version, adoptedVersion } = doc;
  if (status === 'adopted') return t('documents.version.inForce', { version: adoptedVersion ?? version });
  if (status === 'repealed' || status === 'replaced') return t('documents.version.ended', { version: adoptedVersion ?? version });
  if (adoptedVersion !== null) return t('documents.version.revising', { version, adopted: adoptedVersion });
  return t('documents.version.working', { version });
}

/** The period a decided text is valid, in words ("2025-01-01 – tills vidare"), or a dash when none is set. */
export function validityLabel(t: TFunction, doc: { validFrom: string | null; validTo: string | null }): string {
  if (!doc.validFrom && !doc.validTo) return '–';
  return t('documents.detail.validity', { from: formatDate(doc.validFrom), to: doc.validTo ? formatDate(doc.validTo) : t('documents.detail.untilFurther') });
}
