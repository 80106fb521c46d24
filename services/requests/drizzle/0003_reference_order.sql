-- References grow past four digits when a year needs it (REQ-2026-10000), so lists no
-- longer page by the reference text but by reference_order: the year and the number
-- padded to nine digits, kept by the database for every row, old and new.
DROP INDEX "requests"."request_municipality_reference_idx";--> statement-breakpoint
DROP INDEX "requests"."request_status_reference_idx";--> statement-breakpoint
ALTER TABLE "requests"."request" ADD COLUMN "reference_order" text GENERATED ALWAYS AS (split_part(reference, '-', 2) || lpad(split_part(reference, '-', 3), 9, '0')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "request_reference_order_idx" ON "requests"."request" USING btree ("reference_order","id");--> statement-breakpoint
CREATE INDEX "request_municipality_reference_idx" ON "requests"."request" USING btree ("municipality_id","reference_order","id");--> statement-breakpoint
CREATE INDEX "request_status_reference_idx" ON "requests"."request" USING btree ("status","reference_order","id");