import type { Capability } from '../../../shared/organisation';
import { currentLanguage } from '../i18n';

/** The capability's name in the UI language. */
export function capabilityName(capability: Pick<Capability, 'nameSv' | 'nameEn'>): string {
  return currentLanguage() === 'en' ? capability.nameEn : capability.nameSv;
}
