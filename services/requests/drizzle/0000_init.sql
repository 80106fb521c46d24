CREATE SCHEMA "requests";
--> statement-breakpoint
CREATE TYPE "requests"."exchange_format" AS ENUM('EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT');--> statement-breakpoint
CREATE TYPE "requests"."request_status" AS ENUM('DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'MATCHED', 'IN_EXCHANGE', 'COMPLETED', 'CLOSED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "requests"."validation_decision" AS ENUM('VALIDATED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "requests"."request_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"from_status" "requests"."request_status",
	"to_status" "requests"."request_status" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "requests"."request_validation" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"decision" "requests"."validation_decision" NOT NULL,
	"criteria_checked" text[] DEFAULT '{}' NOT NULL,
	"note" text,
	"decided_at" timestamp with time zone NOT NULL,
	"decided_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests"."request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"challenge" text NOT NULL,
	"expected_outcome" text NOT NULL,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"preferred_formats" "requests"."exchange_format"[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"municipality_id" uuid NOT NULL,
	"contact_official_id" uuid,
	"earliest_start" date,
	"latest_end" date,
	"status" "requests"."request_status" DEFAULT 'DRAFT' NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requests"."request_transition" ADD CONSTRAINT "request_transition_request_id_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "requests"."request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests"."request_validation" ADD CONSTRAINT "request_validation_request_id_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "requests"."request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_transition_request_at_idx" ON "requests"."request_transition" USING btree ("request_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_reference_key" ON "requests"."request" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "request_municipality_reference_idx" ON "requests"."request" USING btree ("municipality_id","reference","id");--> statement-breakpoint
CREATE INDEX "request_status_reference_idx" ON "requests"."request" USING btree ("status","reference","id");--> statement-breakpoint
CREATE INDEX "request_topics_idx" ON "requests"."request" USING gin ("topics");