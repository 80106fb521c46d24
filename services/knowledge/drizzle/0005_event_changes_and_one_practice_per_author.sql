CREATE TYPE "knowledge"."knowledge_event_change_kind" AS ENUM('SCHEDULED', 'UPDATED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "knowledge"."knowledge_event_status" AS ENUM('SCHEDULED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "knowledge"."knowledge_event_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" "knowledge"."knowledge_event_change_kind" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event" ADD COLUMN "status" "knowledge"."knowledge_event_status" DEFAULT 'SCHEDULED' NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge"."lesson_to_document" ADD COLUMN "association_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge"."knowledge_event_change" ADD CONSTRAINT "knowledge_event_change_event_id_knowledge_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "knowledge"."knowledge_event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_event_change_event_at_idx" ON "knowledge"."knowledge_event_change" USING btree ("event_id","at");--> statement-breakpoint
ALTER TABLE "knowledge"."best_practice" ADD CONSTRAINT "best_practice_exchange_association_key" UNIQUE NULLS NOT DISTINCT("source_exchange_id","documenting_association_id");