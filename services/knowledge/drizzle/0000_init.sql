CREATE SCHEMA "knowledge";
--> statement-breakpoint
CREATE TYPE "knowledge"."audience" AS ENUM('LOCAL_AND_REGIONAL_GOVERNMENT', 'CENTRAL_GOVERNMENT', 'DONOR_COMMUNITY');--> statement-breakpoint
CREATE TYPE "knowledge"."best_practice_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED');--> statement-breakpoint
CREATE TYPE "knowledge"."knowledge_event_kind" AS ENUM('CONFERENCE', 'WORKSHOP', 'WEBINAR', 'ROUNDTABLE', 'BRIEFING');--> statement-breakpoint
CREATE TABLE "knowledge"."best_practice_municipality" (
	"best_practice_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "best_practice_municipality_pk" PRIMARY KEY("best_practice_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."best_practice_topic" (
	"best_practice_id" uuid NOT NULL,
	"topic_code" text NOT NULL,
	CONSTRAINT "best_practice_topic_pk" PRIMARY KEY("best_practice_id","topic_code")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."best_practice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"status" "knowledge"."best_practice_status" DEFAULT 'DRAFT' NOT NULL,
	"source_exchange_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', "knowledge"."best_practice"."title" || ' ' || "knowledge"."best_practice"."summary" || ' ' || "knowledge"."best_practice"."body")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."knowledge_event_practice" (
	"event_id" uuid NOT NULL,
	"best_practice_id" uuid NOT NULL,
	CONSTRAINT "knowledge_event_practice_pk" PRIMARY KEY("event_id","best_practice_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."knowledge_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" "knowledge"."knowledge_event_kind" NOT NULL,
	"date" date NOT NULL,
	"location" text,
	"audiences" "knowledge"."audience"[] DEFAULT '{}' NOT NULL,
	"organiser_association_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."topic_label" (
	"topic_code" text NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "topic_label_pk" PRIMARY KEY("topic_code","language")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."topic" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	CONSTRAINT "topic_code_shape" CHECK ("knowledge"."topic"."code" ~ '^[a-z]+(-[a-z]+)*$')
);
--> statement-breakpoint
ALTER TABLE "knowledge"."best_practice_municipality" ADD CONSTRAINT "best_practice_municipality_best_practice_id_best_practice_id_fk" FOREIGN KEY ("best_practice_id") REFERENCES "knowledge"."best_practice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."best_practice_topic" ADD CONSTRAINT "best_practice_topic_best_practice_id_best_practice_id_fk" FOREIGN KEY ("best_practice_id") REFERENCES "knowledge"."best_practice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."best_practice_topic" ADD CONSTRAINT "best_practice_topic_topic_code_topic_code_fk" FOREIGN KEY ("topic_code") REFERENCES "knowledge"."topic"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event_practice" ADD CONSTRAINT "knowledge_event_practice_event_id_knowledge_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "knowledge"."knowledge_event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event_practice" ADD CONSTRAINT "knowledge_event_practice_best_practice_id_best_practice_id_fk" FOREIGN KEY ("best_practice_id") REFERENCES "knowledge"."best_practice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."topic_label" ADD CONSTRAINT "topic_label_topic_code_topic_code_fk" FOREIGN KEY ("topic_code") REFERENCES "knowledge"."topic"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge"."topic" ADD CONSTRAINT "topic_parent_code_topic_code_fk" FOREIGN KEY ("parent_code") REFERENCES "knowledge"."topic"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "best_practice_municipality_municipality_idx" ON "knowledge"."best_practice_municipality" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "best_practice_topic_topic_idx" ON "knowledge"."best_practice_topic" USING btree ("topic_code");--> statement-breakpoint
CREATE INDEX "best_practice_title_id_idx" ON "knowledge"."best_practice" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "best_practice_source_exchange_idx" ON "knowledge"."best_practice" USING btree ("source_exchange_id");--> statement-breakpoint
CREATE INDEX "best_practice_search_idx" ON "knowledge"."best_practice" USING gin ("search");--> statement-breakpoint
CREATE INDEX "knowledge_event_practice_practice_idx" ON "knowledge"."knowledge_event_practice" USING btree ("best_practice_id");--> statement-breakpoint
CREATE INDEX "knowledge_event_date_id_idx" ON "knowledge"."knowledge_event" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "topic_parent_idx" ON "knowledge"."topic" USING btree ("parent_code","code");