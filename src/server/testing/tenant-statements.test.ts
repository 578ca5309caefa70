import { describe, expect, it } from 'vitest';
import { CROSS_MUNICIPALITY_TABLES, tenantTables, unscopedTables } from './tenant-statements.js';

describe('the tenant check on SQL statements', () => {
  it('knows the tenant tables from the schema, child tables included', () => {
    for (const t of ['applications', 'application_capabilities', 'application_departments', 'people', 'audit_events']) expect(tenantTables.has(t)).toBe(true);
    expect(tenantTables.has('organisations')).toBe(false);
    expect(tenantTables.has('accounts')).toBe(false);
    for (const t of Object.keys(CROSS_MUNICIPALITY_TABLES)) expect(tenantTables.has(t)).toBe(false);
  });

  it('passes statements that name the municipality for every tenant table', () => {
    expect(unscopedTables('select "applications"."id" from "applications" where "applications"."organisation_id" = $1')).toEqual([]);
    expect(
      unscopedTables(
        'select "a"."id" from "applications" left join "people" on ("people"."id" = "applications"."owner_id" and "people"."organisation_id" = "applications"."organisation_id") where "applications"."organisation_id" = $1',
      ),
    ).toEqual([]);
    expect(unscopedTables('update "applications" set "name" = $1 where ("id" = $2 and "organisation_id" = $3)')).toEqual([]);
    expect(unscopedTables('insert into "application_capabilities" ("organisation_id", "application_id", "capability_id") values ($1, $2, $3)')).toEqual([]);
    expect(unscopedTables('select a.id from applications a join application_capabilities ac on ac.application_id = a.id and ac.organisation_id = a.organisation_id where a.organisation_id = $1')).toEqual([]);
    expect(unscopedTables('select "id" from "organisations" where "id" = $1')).toEqual([]);
  });

  it('fails a statement that reaches a child table through its parent id alone', () => {
    expect(unscopedTables('select "capability_id" from "application_capabilities" where "application_capabilities"."application_id" = $1')).toEqual(['application_capabilities']);
    expect(unscopedTables('delete from "integrations" where "integrations"."source_id" = $1')).toEqual(['integrations']);
    expect(
      unscopedTables('select "applications"."id" from "applications" inner join "suppliers" on "suppliers"."id" = "applications"."supplier_id" where "applications"."organisation_id" = $1'),
    ).toEqual(['suppliers']);
    // Selecting the column is not filtering by it.
    expect(unscopedTables('select "people"."organisation_id" from "people" where "people"."id" = $1')).toEqual(['people']);
    expect(unscopedTables('select a.id from applications a join application_departments d on d.application_id = a.id where a.organisation_id = $1')).toEqual(['application_departments']);
  });
});
