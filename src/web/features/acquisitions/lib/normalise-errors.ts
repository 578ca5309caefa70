import type { FormErrors } from '@mantine/form';

/** Field errors on list items (`capabilityIds.2`) moved onto the list's own field, the first message kept. */
export function normaliseErrors(errors: FormErrors): FormErrors {
  const result: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.replace(/^(capabilityIds)\.\d+$/, '$1');
    if (!(field in result)) result[field] = message;
  }
  return result;
}
