CREATE TABLE "import_planned_chunks" (
	"organisation_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"progress" jsonb NOT NULL,
	"rows" text NOT NULL,
	CONSTRAINT "import_planned_chunks_organisation_id_batch_id_seq_pk" PRIMARY KEY("organisation_id","batch_id","seq")
);
--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "runner" jsonb;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "planned" integer;--> statement-breakpoint
ALTER TABLE "import_planned_chunks" ADD CONSTRAINT "import_planned_chunks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_planned_chunks" ADD CONSTRAINT "import_planned_chunks_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;