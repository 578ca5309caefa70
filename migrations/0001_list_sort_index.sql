DROP INDEX "applications_org_sort";--> statement-breakpoint
CREATE INDEX "applications_org_sort_c" ON "applications" USING btree ("organisation_id","name_sort" collate "C","id");