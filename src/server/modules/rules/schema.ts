import { date, doublePrecision, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/columns.js';
import { organisations } from '../organisation/schema.js';

/**
 * Values that law or policy change (the portfolio threshold, the discount rate; later the
 * procurement thresholds and prisbasbelopp), each with the date it takes effect: the value in
 * force on a date is the one with the latest effective date on or before it.
 */
export const ruleValues = pgTable(
  'rule_values',
  {
    id: idColumn(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    key: text('key').notNull(),
    /** Null when the rule is known to change on the date but its value is not yet entered. */
    value: doublePrecision('value'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    ...timestamps(),
  },
  (t) => [index('rule_values_org_key').on(t.organisationId, t.key, t.effectiveFrom)],
);
