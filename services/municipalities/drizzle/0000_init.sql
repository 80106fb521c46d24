CREATE SCHEMA "municipalities";
--> statement-breakpoint
CREATE TYPE "municipalities"."function_area" AS ENUM('GENERAL_MANAGEMENT', 'URBAN_PLANNING', 'RURAL_DEVELOPMENT', 'WATER_AND_SANITATION', 'WASTE_MANAGEMENT', 'ENVIRONMENT_AND_HEALTH', 'TOURISM', 'ECONOMIC_DEVELOPMENT', 'FINANCE', 'SOCIAL_SERVICES', 'PUBLIC_WORKS', 'ENERGY_AND_CLIMATE');--> statement-breakpoint
CREATE TYPE "municipalities"."mandate" AS ENUM('ELECTED', 'STAFF');--> statement-breakpoint
CREATE TYPE "municipalities"."municipality_kind" AS ENUM('CITY', 'TOWN', 'RURAL_MUNICIPALITY', 'DISTRICT', 'REGION');--> statement-breakpoint
CREATE TABLE "municipalities"."association_member" (
	"association_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_member_pk" PRIMARY KEY("association_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "municipalities"."association" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"country_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."municipality" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"country_code" text NOT NULL,
	"region" text,
	"kind" "municipalities"."municipality_kind" NOT NULL,
	"population" integer,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities"."official" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"mandate" "municipalities"."mandate" NOT NULL,
	"function_area" "municipalities"."function_area" NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipalities"."association_member" ADD CONSTRAINT "association_member_association_id_association_id_fk" FOREIGN KEY ("association_id") REFERENCES "municipalities"."association"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."association_member" ADD CONSTRAINT "association_member_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities"."official" ADD CONSTRAINT "official_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "association_member_municipality_idx" ON "municipalities"."association_member" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "association_name_id_idx" ON "municipalities"."association" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "municipality_name_id_idx" ON "municipalities"."municipality" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "municipality_country_name_idx" ON "municipalities"."municipality" USING btree ("country_code","name","id");--> statement-breakpoint
CREATE INDEX "official_name_id_idx" ON "municipalities"."official" USING btree ("full_name","id");--> statement-breakpoint
CREATE INDEX "official_municipality_idx" ON "municipalities"."official" USING btree ("municipality_id","full_name","id");