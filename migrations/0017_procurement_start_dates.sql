ALTER TABLE "acquisitions" ADD COLUMN "procurement_planned_on" date;--> statement-breakpoint
ALTER TABLE "acquisitions" ADD COLUMN "procurement_started_on" date;