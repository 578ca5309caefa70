CREATE TABLE "eservices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_sort" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"application_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"step" smallint NOT NULL,
	"yearly_volume" integer DEFAULT 0 NOT NULL,
	"digital_share" smallint DEFAULT 0 NOT NULL,
	"needs_eid" boolean DEFAULT false NOT NULL,
	"accessibility" text DEFAULT 'not_reviewed' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"candidate" boolean DEFAULT false NOT NULL,
	"digitisation" jsonb,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "eservices" ADD CONSTRAINT "eservices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eservices" ADD CONSTRAINT "eservices_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eservices_org_sort" ON "eservices" USING btree ("organisation_id","name_sort");