import type { FieldError } from './field-errors.js';

/**
 * A system's body as the domain wants it beyond its schema, applied by the server's commands and
 * by the web's form alike: a disruption test records a test that was held, so it is dated on or
 * before today (a test planned for later this year must not count as this year's test today).
 */
export function applicationProblems(input: { disruptionTests: readonly { testedOn: string }[] }, context: { today: string }): FieldError[] {
  const errors: FieldError[] = [];
  input.disruptionTests.forEach((test, index) => {
    if (test.testedOn > context.today) errors.push({ field: `disruptionTests.${index}.testedOn`, key: 'disruption_test_in_future' });
  });
  return errors;
}
