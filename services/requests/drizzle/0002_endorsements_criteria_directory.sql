CREATE TYPE "requests"."validation_criterion" AS ENUM('DEMAND_DRIVEN', 'PEER_TO_PEER', 'PUBLIC_BENEFIT', 'CLEAR_OUTCOME', 'FEASIBLE_WINDOW');--> statement-breakpoint
CREATE TABLE "requests"."association_member" (
	"association_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_member_pk" PRIMARY KEY("association_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "requests"."known_official" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests"."request_endorsement" (
	"request_id" uuid NOT NULL,
	"association_id" uuid NOT NULL,
	"note" text,
	"endorsed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"endorsed_by" text NOT NULL,
	CONSTRAINT "request_endorsement_pk" PRIMARY KEY("request_id","association_id")
);
--> statement-breakpoint
-- Criteria were free text until the published list became an enum; the demo seed's
-- wording maps onto its codes (order kept). The default goes first: it cannot be cast.
ALTER TABLE "requests"."request_validation" ALTER COLUMN "criteria_checked" DROP DEFAULT;--> statement-breakpoint
UPDATE "requests"."request_validation" SET "criteria_checked" = ARRAY(
	SELECT CASE c
		WHEN 'demand-driven' THEN 'DEMAND_DRIVEN'
		WHEN 'peer-to-peer' THEN 'PEER_TO_PEER'
		WHEN 'public benefit' THEN 'PUBLIC_BENEFIT'
		WHEN 'clear outcome' THEN 'CLEAR_OUTCOME'
		WHEN 'feasible within a year' THEN 'FEASIBLE_WINDOW'
		ELSE c
	END
	FROM unnest("criteria_checked") WITH ORDINALITY AS t(c, n) ORDER BY n
);--> statement-breakpoint
ALTER TABLE "requests"."request_validation" ALTER COLUMN "criteria_checked" SET DATA TYPE "requests"."validation_criterion"[] USING "criteria_checked"::"requests"."validation_criterion"[];--> statement-breakpoint
ALTER TABLE "requests"."request_validation" ALTER COLUMN "criteria_checked" SET DEFAULT '{}'::"requests"."validation_criterion"[];--> statement-breakpoint
ALTER TABLE "requests"."request_endorsement" ADD CONSTRAINT "request_endorsement_request_id_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "requests"."request"("id") ON DELETE no action ON UPDATE no action;