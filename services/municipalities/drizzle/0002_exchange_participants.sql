CREATE TABLE "municipalities"."exchange_participant" (
	"exchange_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	CONSTRAINT "exchange_participant_pk" PRIMARY KEY("exchange_id","official_id")
);
--> statement-breakpoint
CREATE INDEX "exchange_participant_official_idx" ON "municipalities"."exchange_participant" USING btree ("official_id");