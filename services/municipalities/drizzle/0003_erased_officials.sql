CREATE TABLE "municipalities"."erased_official" (
	"official_id" uuid PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL
);
