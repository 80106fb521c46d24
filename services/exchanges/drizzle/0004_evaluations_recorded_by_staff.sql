ALTER TABLE "exchanges"."evaluation" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "exchanges"."evaluation" ADD COLUMN "recorded_reason" text;