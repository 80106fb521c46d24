CREATE TABLE "requests"."known_municipality" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
