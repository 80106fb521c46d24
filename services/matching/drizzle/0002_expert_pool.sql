CREATE TYPE "matching"."engagement_status" AS ENUM('ACTIVE', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "matching"."exchange_format" AS ENUM('EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT');--> statement-breakpoint
CREATE TABLE "matching"."erased_official" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching"."expert_availability" (
	"official_id" uuid NOT NULL,
	"available_from" date NOT NULL,
	"available_to" date NOT NULL,
	CONSTRAINT "expert_availability_pk" PRIMARY KEY("official_id","available_from"),
	CONSTRAINT "expert_availability_in_order" CHECK ("matching"."expert_availability"."available_from" <= "matching"."expert_availability"."available_to")
);
--> statement-breakpoint
CREATE TABLE "matching"."expert_profile" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"summary" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"formats_accepted" "matching"."exchange_format"[] DEFAULT '{}' NOT NULL,
	"max_concurrent_engagements" integer DEFAULT 1 NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expert_profile_engagements_range" CHECK ("matching"."expert_profile"."max_concurrent_engagements" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "matching"."match_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"from_status" "matching"."match_status" NOT NULL,
	"to_status" "matching"."match_status" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "matching"."pool_engagement" (
	"exchange_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"status" "matching"."engagement_status" NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pool_engagement_pk" PRIMARY KEY("exchange_id","official_id")
);
--> statement-breakpoint
CREATE TABLE "matching"."pool_municipality" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country_code" text NOT NULL,
	"kind" text NOT NULL,
	"population" integer,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching"."pool_official" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"position" text NOT NULL,
	"mandate" text NOT NULL,
	"function_area" text NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching"."pool_rating" (
	"evaluation_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"rating" integer NOT NULL,
	CONSTRAINT "pool_rating_pk" PRIMARY KEY("evaluation_id","official_id"),
	CONSTRAINT "pool_rating_range" CHECK ("matching"."pool_rating"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "matching"."pool_request" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"challenge" text NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"preferred_formats" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"earliest_start" date,
	"latest_end" date,
	"validated_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "matching"."expert_availability" ADD CONSTRAINT "expert_availability_profile_fk" FOREIGN KEY ("official_id") REFERENCES "matching"."expert_profile"("official_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching"."match_transition" ADD CONSTRAINT "match_transition_match_fk" FOREIGN KEY ("match_id") REFERENCES "matching"."match"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_transition_match_idx" ON "matching"."match_transition" USING btree ("match_id","at");--> statement-breakpoint
CREATE INDEX "pool_engagement_official_idx" ON "matching"."pool_engagement" USING btree ("official_id","status");--> statement-breakpoint
CREATE INDEX "pool_official_municipality_idx" ON "matching"."pool_official" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "pool_rating_official_idx" ON "matching"."pool_rating" USING btree ("official_id");--> statement-breakpoint
CREATE INDEX "pool_request_municipality_idx" ON "matching"."pool_request" USING btree ("municipality_id");