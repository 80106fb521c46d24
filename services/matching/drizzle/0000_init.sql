CREATE SCHEMA "matching";
--> statement-breakpoint
CREATE TYPE "matching"."expertise_level" AS ENUM('PRACTITIONER', 'EXPERIENCED', 'EXPERT');--> statement-breakpoint
CREATE TYPE "matching"."match_status" AS ENUM('SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');--> statement-breakpoint
CREATE TABLE "matching"."expertise" (
	"official_id" uuid NOT NULL,
	"topic_code" text NOT NULL,
	"level" "matching"."expertise_level" NOT NULL,
	"years_of_experience" integer NOT NULL,
	"summary" text,
	CONSTRAINT "expertise_pk" PRIMARY KEY("official_id","topic_code"),
	CONSTRAINT "expertise_years_not_negative" CHECK ("matching"."expertise"."years_of_experience" >= 0)
);
--> statement-breakpoint
CREATE TABLE "matching"."match" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"score" double precision NOT NULL,
	"factors" jsonb NOT NULL,
	"status" "matching"."match_status" DEFAULT 'SUGGESTED' NOT NULL,
	"proposed_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"response_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_request_official_key" UNIQUE("request_id","official_id"),
	CONSTRAINT "match_rank_positive" CHECK ("matching"."match"."rank" >= 1),
	CONSTRAINT "match_score_range" CHECK ("matching"."match"."score" >= 0 and "matching"."match"."score" <= 1),
	CONSTRAINT "match_factors_complete" CHECK (jsonb_typeof("matching"."match"."factors") = 'array' and jsonb_array_length("matching"."match"."factors") = 6)
);
--> statement-breakpoint
CREATE INDEX "expertise_topic_idx" ON "matching"."expertise" USING btree ("topic_code");--> statement-breakpoint
CREATE INDEX "match_request_rank_idx" ON "matching"."match" USING btree ("request_id","rank");--> statement-breakpoint
CREATE INDEX "match_official_proposed_idx" ON "matching"."match" USING btree ("official_id","proposed_at");