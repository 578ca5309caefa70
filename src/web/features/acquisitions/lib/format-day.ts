import { formatDate, formatDayOf } from '../../../kit/format';

/** A calendar date (`2026-03-01`) as is, a timestamp as its day in Swedish time. */
export function formatDay(value: string | null | undefined): string {
  return value && value.length > 10 ? formatDayOf(value) : formatDate(value);
}
