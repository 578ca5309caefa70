import { addMonths } from './dates.js';
import type { FieldError } from './field-errors.js';

/**
 * An agreement's body as the domain wants it beyond its schema, applied by the server's command
 * and by the web's form alike: it does not end before it starts, and its notice period, counted
 * back from the end, does not fall before the start.
 */
export function agreementProblems(input: { startDate: string | null; endDate: string | null; noticeMonths: number | null }): FieldError[] {
  if (!input.startDate || !input.endDate) return [];
  if (input.endDate < input.startDate) return [{ field: 'endDate', key: 'before_start' }];
  if (input.noticeMonths !== null && addMonths(input.endDate, -input.noticeMonths) < input.startDate) return [{ field: 'noticeMonths', key: 'notice_before_start' }];
  return [];
}
