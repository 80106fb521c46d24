CREATE TABLE "knowledge"."association_member" (
	"association_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "association_member_pk" PRIMARY KEY("association_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge"."best_practice_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"best_practice_id" uuid NOT NULL,
	"from_status" "knowledge"."best_practice_status",
	"to_status" "knowledge"."best_practice_status" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "knowledge"."lesson_to_document" (
	"exchange_id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"title" text NOT NULL,
	"municipality_ids" uuid[] NOT NULL,
	"participant_official_ids" uuid[] NOT NULL,
	"topics" text[] NOT NULL,
	"completed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge"."official_municipality" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge"."best_practice" ADD COLUMN "documenting_association_id" uuid;--> statement-breakpoint
ALTER TABLE "knowledge"."best_practice_transition" ADD CONSTRAINT "best_practice_transition_best_practice_id_best_practice_id_fk" FOREIGN KEY ("best_practice_id") REFERENCES "knowledge"."best_practice"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "association_member_municipality_idx" ON "knowledge"."association_member" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "best_practice_transition_practice_at_idx" ON "knowledge"."best_practice_transition" USING btree ("best_practice_id","at");--> statement-breakpoint
CREATE INDEX "lesson_to_document_completed_idx" ON "knowledge"."lesson_to_document" USING btree ("completed_at","exchange_id");--> statement-breakpoint
CREATE INDEX "best_practice_documenting_association_idx" ON "knowledge"."best_practice" USING btree ("documenting_association_id");