CREATE TABLE "attestation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attestation_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"interval_months" integer DEFAULT 12 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attestation_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"reminded_14_at" timestamp with time zone,
	"reminded_28_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attestation_rounds" ADD CONSTRAINT "attestation_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_rounds" ADD CONSTRAINT "attestation_rounds_opened_by_people_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_settings" ADD CONSTRAINT "attestation_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_tasks" ADD CONSTRAINT "attestation_tasks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_tasks" ADD CONSTRAINT "attestation_tasks_round_id_attestation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."attestation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_tasks" ADD CONSTRAINT "attestation_tasks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_tasks" ADD CONSTRAINT "attestation_tasks_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestation_tasks" ADD CONSTRAINT "attestation_tasks_confirmed_by_people_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attestation_rounds_one_open" ON "attestation_rounds" USING btree ("organisation_id") WHERE "attestation_rounds"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "attestation_rounds_org_opened" ON "attestation_rounds" USING btree ("organisation_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attestation_settings_org" ON "attestation_settings" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attestation_tasks_round_app" ON "attestation_tasks" USING btree ("organisation_id","round_id","application_id");--> statement-breakpoint
CREATE INDEX "attestation_tasks_org_owner" ON "attestation_tasks" USING btree ("organisation_id","owner_id","status");--> statement-breakpoint
CREATE INDEX "attestation_tasks_org_app_confirmed" ON "attestation_tasks" USING btree ("organisation_id","application_id","confirmed_at");--> statement-breakpoint
-- Hand-written: the admin and IT-chef roles of existing municipalities may open attestation rounds and read freshness (roles.ts gives new ones the same).
UPDATE "roles" SET "grants" = "grants" || '[{"permission":"attestation.manage","scope":"all"}]'::jsonb, "row_version" = "row_version" + 1 WHERE "key" IN ('admin', 'it_chef') AND NOT "grants" @> '[{"permission":"attestation.manage"}]'::jsonb;
