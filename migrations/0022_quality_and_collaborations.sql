CREATE TABLE "quality_weights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"weights" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collaboration_members" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "collaboration_members" ADD COLUMN "invited_by_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "collaborations" ADD COLUMN "created_by_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "quality_score" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_weights" ADD CONSTRAINT "quality_weights_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_weights_org" ON "quality_weights" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "collaboration_members" ADD CONSTRAINT "collaboration_members_invited_by_organisation_id_organisations_id_fk" FOREIGN KEY ("invited_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_created_by_organisation_id_organisations_id_fk" FOREIGN KEY ("created_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collaboration_members_org" ON "collaboration_members" USING btree ("organisation_id","status","collaboration_id");--> statement-breakpoint
CREATE INDEX "applications_org_quality" ON "applications" USING btree ("organisation_id","quality_score");--> statement-breakpoint
-- Hand-written: the stored completeness score of the systems already registered, with the default weights (applications/quality.ts, qualityScoreSql).
UPDATE "applications" SET "quality_score" = ((200 * ((case when applications.owner_id is not null then 15 else 0 end) + (case when applications.manager_id is not null then 15 else 0 end) + (case when applications.supplier_id is not null then 10 else 0 end) + (case when applications.yearly_cost is not null then 10 else 0 end) + (case when exists (select 1 from application_capabilities x where x.organisation_id = applications.organisation_id and x.application_id = applications.id) then 10 else 0 end) + (case when (applications.class_k is not null and applications.class_r is not null and applications.class_t is not null) then 15 else 0 end) + (case when exists (select 1 from application_agreements x join agreements g on g.organisation_id = x.organisation_id and g.id = x.agreement_id where x.organisation_id = applications.organisation_id and x.application_id = applications.id and g.archived_at is null) then 10 else 0 end) + (case when btrim(applications.description) <> '' then 5 else 0 end) + (case when exists (select 1 from application_departments x where x.organisation_id = applications.organisation_id and x.application_id = applications.id) then 10 else 0 end)) + 100) / 200);
