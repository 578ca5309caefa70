DROP INDEX "application_capabilities_cap";--> statement-breakpoint
DROP INDEX "application_departments_dept";--> statement-breakpoint
DROP INDEX "disruption_tests_app";--> statement-breakpoint
DROP INDEX "integrations_source";--> statement-breakpoint
DROP INDEX "integrations_target";--> statement-breakpoint
CREATE INDEX "application_agreements_org_app" ON "application_agreements" USING btree ("organisation_id","application_id");--> statement-breakpoint
CREATE INDEX "application_capabilities_org_cap" ON "application_capabilities" USING btree ("organisation_id","capability_id","application_id");--> statement-breakpoint
CREATE INDEX "application_departments_org_dept" ON "application_departments" USING btree ("organisation_id","department_id","application_id");--> statement-breakpoint
CREATE INDEX "applications_org_search_trgm" ON "applications" USING gin ("organisation_id","name" gin_trgm_ops,"description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "disruption_tests_org_app" ON "disruption_tests" USING btree ("organisation_id","application_id","tested_on");--> statement-breakpoint
CREATE INDEX "integrations_org_source" ON "integrations" USING btree ("organisation_id","source_id");--> statement-breakpoint
CREATE INDEX "integrations_org_target" ON "integrations" USING btree ("organisation_id","target_id");--> statement-breakpoint
CREATE INDEX "suppliers_org_name_trgm" ON "suppliers" USING gin ("organisation_id","name" gin_trgm_ops);