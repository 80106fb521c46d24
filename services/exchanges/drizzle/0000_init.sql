CREATE SCHEMA "exchanges";
--> statement-breakpoint
CREATE TYPE "exchanges"."evaluation_phase" AS ENUM('BEFORE', 'DURING', 'AFTER');--> statement-breakpoint
CREATE TYPE "exchanges"."exchange_format" AS ENUM('EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT');--> statement-breakpoint
CREATE TYPE "exchanges"."exchange_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "exchanges"."outcome_kind" AS ENUM('CONCRETE_SOLUTION', 'NEW_IDEA', 'CONNECTION', 'PLAN_ADOPTED');--> statement-breakpoint
CREATE TYPE "exchanges"."participant_role" AS ENUM('HOST', 'EXPERT', 'PARTICIPANT', 'COORDINATOR');--> statement-breakpoint
CREATE TYPE "exchanges"."respondent_role" AS ENUM('REQUESTER', 'PEER', 'ASSOCIATION');--> statement-breakpoint
CREATE TABLE "exchanges"."evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"phase" "exchanges"."evaluation_phase" NOT NULL,
	"follow_up_months" integer,
	"author_official_id" uuid,
	"respondent_role" "exchanges"."respondent_role" NOT NULL,
	"overall_rating" integer NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"narrative" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_overall_rating_1_to_5" CHECK ("exchanges"."evaluation"."overall_rating" between 1 and 5),
	CONSTRAINT "evaluation_follow_up_only_after" CHECK (("exchanges"."evaluation"."phase" = 'AFTER') = ("exchanges"."evaluation"."follow_up_months" is not null) and coalesce("exchanges"."evaluation"."follow_up_months", 0) >= 0),
	CONSTRAINT "evaluation_indicator_scores_1_to_5" CHECK (jsonb_typeof("exchanges"."evaluation"."indicators") = 'array' and not jsonb_path_exists("exchanges"."evaluation"."indicators", '$[*] ? (!(@.indicator.type() == "string") || !(@.score.type() == "number") || @.score < 1 || @.score > 5)'))
);
--> statement-breakpoint
CREATE TABLE "exchanges"."exchange_association" (
	"exchange_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	CONSTRAINT "exchange_association_pk" PRIMARY KEY("exchange_id","association_id")
);
--> statement-breakpoint
CREATE TABLE "exchanges"."exchange_participant" (
	"exchange_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"role" "exchanges"."participant_role" NOT NULL,
	CONSTRAINT "exchange_participant_pk" PRIMARY KEY("exchange_id","official_id")
);
--> statement-breakpoint
CREATE TABLE "exchanges"."exchange_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"from_status" "exchanges"."exchange_status",
	"to_status" "exchanges"."exchange_status" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "exchanges"."exchange" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"request_id" uuid NOT NULL,
	"match_id" uuid,
	"format" "exchanges"."exchange_format" NOT NULL,
	"status" "exchanges"."exchange_status" DEFAULT 'PLANNED' NOT NULL,
	"host_municipality_id" uuid NOT NULL,
	"host_country_code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_dates_in_order" CHECK ("exchanges"."exchange"."ends_on" >= "exchanges"."exchange"."starts_on"),
	CONSTRAINT "exchange_country_code_alpha2" CHECK ("exchanges"."exchange"."host_country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "exchanges"."outcome" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"kind" "exchanges"."outcome_kind" NOT NULL,
	"description" text NOT NULL,
	"sdg_targets" text[] DEFAULT '{}' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation" ADD CONSTRAINT "evaluation_exchange_id_exchange_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "exchanges"."exchange"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges"."exchange_association" ADD CONSTRAINT "exchange_association_exchange_id_exchange_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "exchanges"."exchange"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges"."exchange_participant" ADD CONSTRAINT "exchange_participant_exchange_id_exchange_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "exchanges"."exchange"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges"."exchange_transition" ADD CONSTRAINT "exchange_transition_exchange_id_exchange_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "exchanges"."exchange"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges"."outcome" ADD CONSTRAINT "outcome_exchange_id_exchange_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "exchanges"."exchange"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_exchange_submitted_idx" ON "exchanges"."evaluation" USING btree ("exchange_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "exchange_participant_official_idx" ON "exchanges"."exchange_participant" USING btree ("official_id");--> statement-breakpoint
CREATE INDEX "exchange_transition_exchange_at_idx" ON "exchanges"."exchange_transition" USING btree ("exchange_id","at","id");--> statement-breakpoint
CREATE INDEX "exchange_starts_on_id_idx" ON "exchanges"."exchange" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "exchange_status_starts_on_idx" ON "exchanges"."exchange" USING btree ("status","starts_on","id");--> statement-breakpoint
CREATE INDEX "exchange_format_starts_on_idx" ON "exchanges"."exchange" USING btree ("format","starts_on","id");--> statement-breakpoint
CREATE INDEX "exchange_country_starts_on_idx" ON "exchanges"."exchange" USING btree ("host_country_code","starts_on","id");--> statement-breakpoint
CREATE INDEX "exchange_request_starts_on_idx" ON "exchanges"."exchange" USING btree ("request_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "exchange_host_starts_on_idx" ON "exchanges"."exchange" USING btree ("host_municipality_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "outcome_exchange_recorded_idx" ON "exchanges"."outcome" USING btree ("exchange_id","recorded_at","id");