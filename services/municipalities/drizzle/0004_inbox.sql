CREATE TABLE "municipalities"."exchange_association" (
	"exchange_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	CONSTRAINT "exchange_association_pk" PRIMARY KEY("exchange_id","association_id")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"exchange_id" uuid NOT NULL,
	"request_id" uuid,
	"months" integer NOT NULL,
	"title" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "municipalities"."notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"request_id" uuid,
	"exchange_id" uuid,
	"match_id" uuid,
	"best_practice_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "municipalities"."request_contact" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"contact_official_id" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_once_idx" ON "municipalities"."follow_up" USING btree ("recipient","exchange_id","months");--> statement-breakpoint
CREATE INDEX "follow_up_due_idx" ON "municipalities"."follow_up" USING btree ("recipient","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_once_idx" ON "municipalities"."notification" USING btree ("recipient","source","kind");--> statement-breakpoint
CREATE INDEX "notification_recipient_idx" ON "municipalities"."notification" USING btree ("recipient","created_at","id");