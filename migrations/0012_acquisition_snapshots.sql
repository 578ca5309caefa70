ALTER TABLE "acquisition_answers" ADD COLUMN "system_name" text;--> statement-breakpoint
ALTER TABLE "acquisition_answers" ADD COLUMN "system_municipality" text;--> statement-breakpoint
ALTER TABLE "acquisition_attachments" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
UPDATE "acquisition_answers" AS a SET "system_name" = ap."name", "system_municipality" = CASE WHEN ap."organisation_id" <> a."organisation_id" THEN o."name" END FROM "applications" AS ap JOIN "organisations" AS o ON o."id" = ap."organisation_id" WHERE ap."id" = a."system_id";
--> statement-breakpoint
INSERT INTO "rule_values" ("organisation_id", "key", "value", "effective_from", "description") SELECT o."id", 'direct_procurement_documentation_limit', 100000, '2022-02-01', 'Över detta värde ska skälen för en direktupphandling dokumenteras (LOU 19 kap. 30 §, i lydelse från 2022-02-01). Källa: Upphandlingsmyndigheten, "Direktupphandling".' FROM "organisations" o WHERE NOT EXISTS (SELECT 1 FROM "rule_values" v WHERE v."organisation_id" = o."id" AND v."key" = 'direct_procurement_documentation_limit' AND v."effective_from" = '2022-02-01');
