CREATE TABLE "department_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"goal_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capability_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"application_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"priority" smallint DEFAULT 2 NOT NULL,
	"costs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"benefit" jsonb,
	"project_id" uuid,
	"acquisition_id" uuid,
	"revised_from_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_need_dismissals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"first_id" uuid NOT NULL,
	"second_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"dismissed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"department_plan_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"goal_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capability_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"application_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"priority" smallint DEFAULT 2 NOT NULL,
	"costs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"benefit" jsonb,
	"project_id" uuid,
	"acquisition_id" uuid,
	"revised_from_id" uuid,
	"initiative_id" uuid,
	"eservice_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"first_year" integer NOT NULL,
	"last_year" integer NOT NULL,
	"budget_year" integer NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"previous_round_id" uuid,
	"budget_frames" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"weights" jsonb DEFAULT '{"goals":40,"benefit":40,"cost":20}'::jsonb NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"decision" jsonb,
	"decided_version" integer,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"decision" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "eservices" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "eservices" ADD COLUMN "plan_need_id" uuid;--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_round_id_plan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."plan_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_plans" ADD CONSTRAINT "department_plans_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_initiatives" ADD CONSTRAINT "plan_initiatives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_initiatives" ADD CONSTRAINT "plan_initiatives_round_id_plan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."plan_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_need_dismissals" ADD CONSTRAINT "plan_need_dismissals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_need_dismissals" ADD CONSTRAINT "plan_need_dismissals_round_id_plan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."plan_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_need_dismissals" ADD CONSTRAINT "plan_need_dismissals_first_id_plan_needs_id_fk" FOREIGN KEY ("first_id") REFERENCES "public"."plan_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_need_dismissals" ADD CONSTRAINT "plan_need_dismissals_second_id_plan_needs_id_fk" FOREIGN KEY ("second_id") REFERENCES "public"."plan_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_need_dismissals" ADD CONSTRAINT "plan_need_dismissals_dismissed_by_people_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_needs" ADD CONSTRAINT "plan_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_needs" ADD CONSTRAINT "plan_needs_round_id_plan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."plan_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_needs" ADD CONSTRAINT "plan_needs_department_plan_id_department_plans_id_fk" FOREIGN KEY ("department_plan_id") REFERENCES "public"."department_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_needs" ADD CONSTRAINT "plan_needs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_rounds" ADD CONSTRAINT "plan_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_rounds" ADD CONSTRAINT "plan_rounds_opened_by_people_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_round_id_plan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."plan_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "department_plans_round_department" ON "department_plans" USING btree ("organisation_id","round_id","department_id");--> statement-breakpoint
CREATE INDEX "plan_initiatives_org_round" ON "plan_initiatives" USING btree ("organisation_id","round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_need_dismissals_pair" ON "plan_need_dismissals" USING btree ("organisation_id","first_id","second_id");--> statement-breakpoint
CREATE INDEX "plan_needs_org_round" ON "plan_needs" USING btree ("organisation_id","round_id");--> statement-breakpoint
CREATE INDEX "plan_needs_org_plan" ON "plan_needs" USING btree ("organisation_id","department_plan_id");--> statement-breakpoint
CREATE INDEX "plan_needs_fts" ON "plan_needs" USING gin (to_tsvector('swedish', "title" || ' ' || "description"));--> statement-breakpoint
CREATE INDEX "plan_rounds_org_first_year" ON "plan_rounds" USING btree ("organisation_id","first_year");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_round_version" ON "plan_versions" USING btree ("organisation_id","round_id","version");--> statement-breakpoint
-- Hand-written: existing municipalities' roles gain the IT-plan permissions as roles.ts gives new ones: every role that reads the register reads the plans; the admin and IT-chef open rounds, merge and decide; a head of department writes the own department's plan.
UPDATE "roles" SET "grants" = "grants" || '[{"permission":"itplan.read","scope":"all"}]'::jsonb, "row_version" = "row_version" + 1 WHERE "grants" @> '[{"permission":"application.read"}]'::jsonb AND NOT "grants" @> '[{"permission":"itplan.read"}]'::jsonb;--> statement-breakpoint
UPDATE "roles" SET "grants" = "grants" || '[{"permission":"itplan.write","scope":"all"},{"permission":"itplan.manage","scope":"all"}]'::jsonb, "row_version" = "row_version" + 1 WHERE "key" IN ('admin', 'it_chef') AND NOT "grants" @> '[{"permission":"itplan.manage"}]'::jsonb;--> statement-breakpoint
UPDATE "roles" SET "grants" = "grants" || '[{"permission":"itplan.write","scope":"department"}]'::jsonb, "row_version" = "row_version" + 1 WHERE "key" = 'forvaltningschef' AND NOT "grants" @> '[{"permission":"itplan.write"}]'::jsonb;
