CREATE TABLE "exchanges"."evaluation_correction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	"previous_overall_rating" integer NOT NULL,
	"previous_indicators" jsonb NOT NULL,
	"previous_narrative" text
);
--> statement-breakpoint
CREATE TABLE "exchanges"."outcome_correction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outcome_id" uuid NOT NULL,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	"previous_kind" "exchanges"."outcome_kind" NOT NULL,
	"previous_description" text NOT NULL,
	"previous_sdg_targets" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation" ADD COLUMN "recorded_reason" text;--> statement-breakpoint
ALTER TABLE "exchanges"."outcome" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation_correction" ADD CONSTRAINT "evaluation_correction_evaluation_id_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "exchanges"."evaluation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges"."outcome_correction" ADD CONSTRAINT "outcome_correction_outcome_id_outcome_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "exchanges"."outcome"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_correction_evaluation_idx" ON "exchanges"."evaluation_correction" USING btree ("evaluation_id","corrected_at","id");--> statement-breakpoint
CREATE INDEX "outcome_correction_outcome_idx" ON "exchanges"."outcome_correction" USING btree ("outcome_id","corrected_at","id");