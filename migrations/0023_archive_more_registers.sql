ALTER TABLE "kpi_measurements" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "acquisitions" ADD COLUMN "archived_at" timestamp with time zone;