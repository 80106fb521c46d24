CREATE TABLE "municipalities"."directory_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"municipality_id" uuid,
	"association_id" uuid,
	"official_id" uuid,
	"fields" text[] DEFAULT '{}' NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "directory_change_municipality_idx" ON "municipalities"."directory_change" USING btree ("municipality_id","at","id");--> statement-breakpoint
CREATE INDEX "directory_change_association_idx" ON "municipalities"."directory_change" USING btree ("association_id","at","id");