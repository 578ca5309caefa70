ALTER TABLE "acquisitions" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "acquisitions" ADD COLUMN "withdrawn_by_id" uuid;--> statement-breakpoint
ALTER TABLE "acquisitions" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "acquisitions" ADD CONSTRAINT "acquisitions_withdrawn_by_id_people_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;