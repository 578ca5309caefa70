import type { FormErrors } from '@mantine/form';

/**
 * Field errors on a list's items (`capabilityIds.2`) moved onto the list's own field, the first
 * message kept: the list is one input (a multi-select), so that is where the message is read.
 */
export function errorsOnLists(errors: FormErrors, lists: readonly string[]): FormErrors {
  const result: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const [head, index, ...rest] = path.split('.');
    const field = head && lists.includes(head) && index !== undefined && /^\d+$/.test(index) && rest.length === 0 ? head : path;
    if (!(field in result)) result[field] = message;
  }
  return result;
}
