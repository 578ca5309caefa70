import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ApplicationFormValues } from './form-values';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The checks worth making before a round trip. The server validates everything again, and its
 * per-field messages land on the same field paths (`disruptionTests.0.testedOn`).
 */
export function validateApplicationForm(t: TFunction, values: ApplicationFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = t('applications.form.required');
  values.versions.forEach((version, index) => {
    if (!version.trim()) errors[`versions.${index}`] = t('applications.form.required');
  });
  if (values.contract.endDate && !ISO_DATE.test(values.contract.endDate)) {
    errors['contract.endDate'] = t('applications.form.dateInvalid');
  }
  values.disruptionTests.forEach((test, index) => {
    if (!ISO_DATE.test(test.testedOn)) errors[`disruptionTests.${index}.testedOn`] = t('applications.form.dateRequired');
  });
  return errors;
}
