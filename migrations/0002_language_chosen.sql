ALTER TABLE "accounts" ALTER COLUMN "language" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "language" DROP NOT NULL;--> statement-breakpoint
-- Until now every account got 'sv' by default; from here on a stored value means a person's own choice.
UPDATE "accounts" SET "language" = NULL WHERE "language" = 'sv';
