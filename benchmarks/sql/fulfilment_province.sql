-- A province of :govs governments with plans (benchmarks/fulfilment_benchmark.py): British
-- Columbia (CA-BC) and its cities CA-BC-c1..c:govs, each twinned with two Korean cities of
-- Gyeonggi (KR-41-k1..), every agreement with a 2023-2027 plan of eight activities and about
-- twenty engagements over 2020-2026 (a tenth correspondence). Deterministic: the same
-- numbers give the same registry. Runs on a migrated, empty registry database.
INSERT INTO government (id, name, country, subdivision, level, search_text, version)
VALUES ('CA-BC', 'British Columbia', 'CA', 'CA-BC', 'REGIONAL', 'british columbia', 0),
       ('KR-41', 'Gyeonggi', 'KR', 'KR-41', 'REGIONAL', 'gyeonggi', 0);

INSERT INTO government (id, name, country, subdivision, level, parent_id, search_text, version)
SELECT 'CA-BC-c' || i, 'City ' || i, 'CA', 'CA-BC', 'LOCAL', 'CA-BC', 'city ' || i, 0
FROM generate_series(1, :govs) i;

INSERT INTO government (id, name, country, subdivision, level, parent_id, search_text, version)
SELECT 'KR-41-k' || i, 'Gun ' || i, 'KR', 'KR-41', 'LOCAL', 'KR-41', 'gun ' || i, 0
FROM generate_series(1, :govs) i;

INSERT INTO agreement (id, party_a, party_b, type, signed, signed_on, status, party_a_name, party_a_country,
                       party_a_subdivision, party_b_name, party_b_country, party_b_subdivision, search_text, version)
SELECT 'a' || i || '-' || s, 'CA-BC-c' || i, 'KR-41-k' || (((i * 7 + s * 13) % :govs) + 1),
       CASE WHEN s = 1 THEN 'SISTER' ELSE 'FRIENDSHIP' END, (1990 + i % 30)::text,
       make_date(1990 + i % 30, 1, 1), 'ACTIVE', 'City ' || i, 'CA', 'CA-BC',
       'Gun ' || (((i * 7 + s * 13) % :govs) + 1), 'KR', 'KR-41', 'a' || i || '-' || s, 0
FROM generate_series(1, :govs) i, generate_series(1, 2) s;

INSERT INTO strategy (government_id, purposes, version)
VALUES ('CA-BC', 'POLICY;ECONOMY', 0);

INSERT INTO strategy (government_id, purposes, version)
SELECT 'CA-BC-c' || i, 'YOUTH;CULTURE;ECONOMY', 0 FROM generate_series(1, :govs) i WHERE i % 3 = 0;

INSERT INTO strategy_plan (id, agreement_id, from_year, to_year, version)
SELECT 'p-' || a.id, a.id, 2023, 2027, 1 FROM agreement a;

-- eight activities a plan over 2023-2027, categories and sides spread by the agreement's number
INSERT INTO strategy_plan_activity (plan_id, seq, activity_key, activity_year, category, origin, title)
SELECT 'p-' || a.id, k, (k + 1)::text, 2023 + k % 5,
       (ARRAY['ADMINISTRATIVE','PEOPLE','YOUTH','EDUCATION','CULTURE','SPORTS','TOURISM','ECONOMY',
              'SCIENCE_TECH','HEALTH','ENVIRONMENT','POLICY','AID','CIVIL','OTHER'])[1 + (a.n * 3 + k * 5) % 15],
       CASE (a.n + k) % 3 WHEN 0 THEN a.party_a WHEN 1 THEN a.party_b ELSE 'BOTH' END,
       'Activity ' || (k + 1)
FROM (SELECT id, party_a, party_b, row_number() OVER (ORDER BY id) n FROM agreement) a,
     generate_series(0, 7) k;

-- about twenty engagements an agreement over 2020-2026, a tenth of them correspondence
INSERT INTO engagement (id, agreement_id, engagement_year, category, origin, form, mode, title, search_text, version)
SELECT 'e-' || a.id || '-' || j, a.id, 2020 + j % 7,
       (ARRAY['ADMINISTRATIVE','PEOPLE','YOUTH','EDUCATION','CULTURE','SPORTS','TOURISM','ECONOMY',
              'SCIENCE_TECH','HEALTH','ENVIRONMENT','POLICY','AID','CIVIL','OTHER'])[1 + (a.n * 3 + j * 5) % 15],
       CASE (a.n + 2 * j) % 3 WHEN 0 THEN a.party_a WHEN 1 THEN a.party_b ELSE 'BOTH' END,
       CASE WHEN j % 10 = 9 THEN 'CORRESPONDENCE' ELSE 'PROGRAM' END, 'IN_PERSON', 'Engagement ' || j, '', 0
FROM (SELECT id, party_a, party_b, row_number() OVER (ORDER BY id) n FROM agreement) a,
     generate_series(0, 19) j;

ANALYZE;
