CREATE TABLE "exchanges"."known_municipality" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	CONSTRAINT "known_municipality_country_code_alpha2" CHECK ("exchanges"."known_municipality"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "exchanges"."plannable_match" (
	"match_id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchanges"."request_fact" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"country_code" text,
	"status" text NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"submitted_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "request_fact_country_code_alpha2" CHECK ("exchanges"."request_fact"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation" ADD COLUMN "author_association_id" uuid;--> statement-breakpoint
CREATE INDEX "request_fact_municipality_idx" ON "exchanges"."request_fact" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_one_per_author_key" ON "exchanges"."evaluation" USING btree ("exchange_id","phase",coalesce("follow_up_months", -1),coalesce("author_official_id", "author_association_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_live_match_key" ON "exchanges"."exchange" USING btree ("match_id") WHERE "exchanges"."exchange"."status" <> 'CANCELLED';--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation" ADD CONSTRAINT "evaluation_one_author" CHECK (num_nonnulls("exchanges"."evaluation"."author_official_id", "exchanges"."evaluation"."author_association_id") <= 1);