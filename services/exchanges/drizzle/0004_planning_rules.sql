CREATE TABLE "exchanges"."known_official" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchanges"."exchange_transition" ADD COLUMN "changed" text[];--> statement-breakpoint
ALTER TABLE "exchanges"."plannable_match" ADD COLUMN "availability" jsonb;--> statement-breakpoint
ALTER TABLE "exchanges"."request_fact" ADD COLUMN "preferred_formats" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "exchanges"."request_fact" ADD COLUMN "earliest_start" date;--> statement-breakpoint
ALTER TABLE "exchanges"."request_fact" ADD COLUMN "latest_end" date;