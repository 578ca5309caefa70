ALTER TABLE "notification_digests" ADD COLUMN "mail" jsonb;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "notification_digests_waiting" ON "notification_digests" USING btree ("organisation_id","next_attempt_at") WHERE sent_at is null;--> statement-breakpoint
-- Hand-written: digests logged before the outbox were sent in the transaction that logged them.
UPDATE "notification_digests" SET "sent_at" = "created_at", "attempts" = 1 WHERE "sent_at" IS NULL;
