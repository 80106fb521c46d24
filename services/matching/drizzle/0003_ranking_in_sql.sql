-- Ranking in SQL (issue 4): the indexes the candidate query of src/db/candidates.ts
-- relies on, and the topic taxonomy as reference data.
--
-- topic_parent is a copy of the two-level taxonomy of the knowledge service
-- (services/knowledge/drizzle/0001_taxonomy.sql), because matching never reads another
-- service's tables and knowledge does not announce its taxonomy. It is reference data,
-- like the taxonomy itself: change it with a new migration when the taxonomy changes.
CREATE TABLE "matching"."topic_parent" (
	"topic_code" text PRIMARY KEY NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
INSERT INTO "matching"."topic_parent" ("topic_code", "parent_code") VALUES
	('urban-planning', NULL),
	('rural-planning', NULL),
	('tourism', NULL),
	('water', NULL),
	('waste', NULL),
	('environment', NULL),
	('governance', NULL),
	('social-services', NULL),
	('economic-development', NULL),
	('land-use', 'urban-planning'),
	('housing', 'urban-planning'),
	('public-space', 'urban-planning'),
	('mobility', 'urban-planning'),
	('rural-development', 'rural-planning'),
	('agriculture', 'rural-planning'),
	('ecotourism', 'tourism'),
	('cultural-heritage', 'tourism'),
	('sanitation', 'water'),
	('water-supply', 'water'),
	('drainage', 'water'),
	('solid-waste', 'waste'),
	('recycling', 'waste'),
	('climate-adaptation', 'environment'),
	('energy-efficiency', 'environment'),
	('public-health', 'environment'),
	('public-finance', 'governance'),
	('citizen-participation', 'governance'),
	('digital-services', 'governance'),
	('education', 'social-services'),
	('social-inclusion', 'social-services'),
	('local-economy', 'economic-development'),
	('employment', 'economic-development');
--> statement-breakpoint
CREATE INDEX "topic_parent_parent_idx" ON "matching"."topic_parent" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "expert_profile_languages_idx" ON "matching"."expert_profile" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "expert_profile_formats_idx" ON "matching"."expert_profile" USING gin ("formats_accepted");--> statement-breakpoint
ALTER TABLE "matching"."expert_profile" ADD COLUMN "summary_search" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("summary", ''))) STORED;--> statement-breakpoint
CREATE INDEX "expert_profile_summary_search_idx" ON "matching"."expert_profile" USING gin ("summary_search");--> statement-breakpoint
CREATE INDEX "pool_official_languages_idx" ON "matching"."pool_official" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "pool_municipality_country_idx" ON "matching"."pool_municipality" USING btree ("country_code");--> statement-breakpoint
ALTER TABLE "matching"."expertise" ADD COLUMN "credit" double precision GENERATED ALWAYS AS ((CASE "level" WHEN 'EXPERT' THEN 1.0 WHEN 'EXPERIENCED' THEN 0.8 ELSE 0.6 END)::float8 * (0.5 + 0.5 * least("years_of_experience", 15)::float8 / 15)) STORED;--> statement-breakpoint
CREATE INDEX "expertise_topic_credit_idx" ON "matching"."expertise" USING btree ("topic_code","credit" DESC NULLS LAST,"official_id");
