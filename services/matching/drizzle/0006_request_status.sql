CREATE TABLE "matching"."pool_request_status" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- Requests withdrawn before statuses were kept: closed, as their withdrawal said.
INSERT INTO "matching"."pool_request_status" ("request_id", "status", "changed_at")
SELECT "request_id", 'WITHDRAWN', "withdrawn_at" FROM "matching"."pool_request" WHERE "withdrawn_at" IS NOT NULL;
