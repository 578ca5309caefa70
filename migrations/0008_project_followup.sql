ALTER TABLE "projects" ADD COLUMN "actuals" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "realisation" jsonb DEFAULT '[]'::jsonb NOT NULL;