CREATE TABLE "requests"."request_exchange" (
	"exchange_id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"status" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "request_exchange_request_idx" ON "requests"."request_exchange" USING btree ("request_id");