-- Trigram search within one municipality: pg_trgm for ILIKE '%…%' through an index, btree_gin so
-- that the same GIN index can lead with organisation_id. Both are trusted extensions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;
