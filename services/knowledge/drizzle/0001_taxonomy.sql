-- The topic taxonomy is reference data, not demo data: every request, expertise and
-- best practice on the platform is tagged with these codes, so they exist from the
-- first start, seeded or not. Change it with a new migration, never by editing this one.
-- Labels in English (the fallback), Spanish, French, Portuguese (European) and Dutch.
INSERT INTO "knowledge"."topic" ("code", "parent_code") VALUES
	('urban-planning', NULL),
	('rural-planning', NULL),
	('tourism', NULL),
	('water', NULL),
	('waste', NULL),
	('environment', NULL),
	('governance', NULL),
	('social-services', NULL),
	('economic-development', NULL);
--> statement-breakpoint
INSERT INTO "knowledge"."topic" ("code", "parent_code") VALUES
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
INSERT INTO "knowledge"."topic_label" ("topic_code", "language", "text")
SELECT t.code, l.language, l.text
FROM (VALUES
	('urban-planning', 'Urban planning', 'Planificación urbana', 'Urbanisme', 'Planeamento urbano', 'Stedenbouw'),
	('land-use', 'Land use', 'Uso del suelo', 'Occupation des sols', 'Uso do solo', 'Grondgebruik'),
	('housing', 'Housing', 'Vivienda', 'Logement', 'Habitação', 'Huisvesting'),
	('public-space', 'Public space', 'Espacio público', 'Espace public', 'Espaço público', 'Openbare ruimte'),
	('mobility', 'Mobility', 'Movilidad', 'Mobilité', 'Mobilidade', 'Mobiliteit'),
	('rural-planning', 'Rural planning', 'Planificación rural', 'Aménagement rural', 'Planeamento rural', 'Plattelandsplanning'),
	('rural-development', 'Rural development', 'Desarrollo rural', 'Développement rural', 'Desenvolvimento rural', 'Plattelandsontwikkeling'),
	('agriculture', 'Agriculture', 'Agricultura', 'Agriculture', 'Agricultura', 'Landbouw'),
	('tourism', 'Tourism', 'Turismo', 'Tourisme', 'Turismo', 'Toerisme'),
	('ecotourism', 'Ecotourism', 'Ecoturismo', 'Écotourisme', 'Ecoturismo', 'Ecotoerisme'),
	('cultural-heritage', 'Cultural heritage', 'Patrimonio cultural', 'Patrimoine culturel', 'Património cultural', 'Cultureel erfgoed'),
	('water', 'Water', 'Agua', 'Eau', 'Água', 'Water'),
	('sanitation', 'Sanitation', 'Saneamiento', 'Assainissement', 'Saneamento', 'Sanitatie'),
	('water-supply', 'Water supply', 'Abastecimiento de agua', 'Approvisionnement en eau', 'Abastecimento de água', 'Watervoorziening'),
	('drainage', 'Drainage', 'Drenaje', 'Drainage', 'Drenagem', 'Afwatering'),
	('waste', 'Waste', 'Residuos', 'Déchets', 'Resíduos', 'Afval'),
	('solid-waste', 'Solid waste', 'Residuos sólidos', 'Déchets solides', 'Resíduos sólidos', 'Vast afval'),
	('recycling', 'Recycling', 'Reciclaje', 'Recyclage', 'Reciclagem', 'Recycling'),
	('environment', 'Environment', 'Medio ambiente', 'Environnement', 'Ambiente', 'Milieu'),
	('climate-adaptation', 'Climate adaptation', 'Adaptación al cambio climático', 'Adaptation au changement climatique', 'Adaptação às alterações climáticas', 'Klimaatadaptatie'),
	('energy-efficiency', 'Energy efficiency', 'Eficiencia energética', 'Efficacité énergétique', 'Eficiência energética', 'Energie-efficiëntie'),
	('public-health', 'Public health', 'Salud pública', 'Santé publique', 'Saúde pública', 'Volksgezondheid'),
	('governance', 'Governance', 'Gobernanza', 'Gouvernance', 'Governação', 'Bestuur'),
	('public-finance', 'Public finance', 'Finanzas públicas', 'Finances publiques', 'Finanças públicas', 'Overheidsfinanciën'),
	('citizen-participation', 'Citizen participation', 'Participación ciudadana', 'Participation citoyenne', 'Participação cidadã', 'Burgerparticipatie'),
	('digital-services', 'Digital services', 'Servicios digitales', 'Services numériques', 'Serviços digitais', 'Digitale dienstverlening'),
	('social-services', 'Social services', 'Servicios sociales', 'Services sociaux', 'Serviços sociais', 'Sociale voorzieningen'),
	('education', 'Education', 'Educación', 'Éducation', 'Educação', 'Onderwijs'),
	('social-inclusion', 'Social inclusion', 'Inclusión social', 'Inclusion sociale', 'Inclusão social', 'Sociale inclusie'),
	('economic-development', 'Economic development', 'Desarrollo económico', 'Développement économique', 'Desenvolvimento económico', 'Economische ontwikkeling'),
	('local-economy', 'Local economy', 'Economía local', 'Économie locale', 'Economia local', 'Lokale economie'),
	('employment', 'Employment', 'Empleo', 'Emploi', 'Emprego', 'Werkgelegenheid')
) AS t(code, en, es, fr, pt, nl)
CROSS JOIN LATERAL (VALUES ('en', t.en), ('es', t.es), ('fr', t.fr), ('pt', t.pt), ('nl', t.nl)) AS l(language, text);
