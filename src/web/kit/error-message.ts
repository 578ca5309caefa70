import type { TFunction } from 'i18next';
import { isApiError } from './api-error';

// Codes the UI words itself: the person must read exactly what happened and what to do.
const LOCAL_CODES = new Set(['network_error', 'precondition_failed', 'precondition_required']);

/** A sentence for an error: the UI's own words for a few codes, else the server's (already translated) detail. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (LOCAL_CODES.has(error.code)) return t(`errors.codes.${error.code}`);
  if (error.detail) return error.detail;
  const local = t(`errors.codes.${error.code}`, { defaultValue: '' });
  if (local) return local;
  if (error.status === 404) return t('errors.codes.not_found');
  if (error.status === 403) return t('errors.codes.forbidden');
  return error.message || t('errors.unexpected');
}
