-- The national figures of :'country' as of :'asof', in the long form of the API's CSV
-- (measure, key, subkey, value). Run with: psql -v country=CA -v asof=2024-12-31 -f national.sql
WITH c AS MATERIALIZED (
  SELECT a.type, a.signed_on,
         CASE WHEN a.party_a_country = :'country' THEN a.party_a_subdivision ELSE a.party_b_subdivision END AS hs,
         CASE WHEN a.party_a_country = :'country' THEN a.party_b_country ELSE a.party_a_country END AS pc,
         LEAST(a.party_a, a.party_b) || '|' || GREATEST(a.party_a, a.party_b) AS pair,
         a.signed_on <= DATE :'asof'
           AND (a.ended_on IS NULL OR a.ended_on > DATE :'asof')
           AND (a.term_ends_until IS NULL OR a.term_ends_until >= DATE :'asof')
           AND NOT EXISTS (SELECT 1 FROM agreement s WHERE s.supersedes = a.id AND s.signed_on <= DATE :'asof')
           AS current
  FROM agreement a
  WHERE (a.party_a_country = :'country' OR a.party_b_country = :'country') AND a.signed_on <= DATE :'asof'
), cur AS (SELECT * FROM c WHERE current),
partners AS (
  SELECT pc, COUNT(DISTINCT pair) AS rel, COUNT(*) AS agr, RANK() OVER (ORDER BY COUNT(*) DESC) AS rnk,
         ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, COUNT(DISTINCT pair) DESC, pc) AS pos
  FROM cur GROUP BY pc
), strongest AS (
  SELECT pair, MIN(CASE type WHEN 'SISTER' THEN 1 WHEN 'FRIENDSHIP' THEN 2 ELSE 3 END) AS t FROM cur GROUP BY pair
), years AS (
  SELECT EXTRACT(YEAR FROM signed_on)::int AS y, pc, COUNT(*) AS n FROM c GROUP BY 1, 2
)
SELECT 'relationships', '', '', COUNT(DISTINCT pair)::text FROM cur
UNION ALL SELECT 'partnerCountries', '', '', COUNT(*)::text FROM partners
UNION ALL SELECT 'byType', k.type, '', COUNT(s.pair)::text
  FROM (VALUES (1, 'SISTER'), (2, 'FRIENDSHIP'), (3, 'COOPERATION')) AS k (t, type)
  LEFT JOIN strongest s ON s.t = k.t GROUP BY k.type
UNION ALL SELECT 'partners.relationships', pc, '', rel::text FROM partners
UNION ALL SELECT 'partners.agreements', pc, '', agr::text FROM partners
UNION ALL SELECT 'partners.rank', pc, '', rnk::text FROM partners
UNION ALL SELECT 'bySubdivision.relationships', hs, '', COUNT(DISTINCT pair)::text FROM cur GROUP BY hs
UNION ALL SELECT 'newPerYear', y::text, '', SUM(n)::text FROM years GROUP BY y
UNION ALL SELECT 'newPerYear.byPartner', t.y::text, p.pc, COALESCE(SUM(yp.n), 0)::text
  FROM (SELECT DISTINCT y FROM years) t CROSS JOIN (SELECT pc FROM partners WHERE pos <= 5) p
  LEFT JOIN years yp ON yp.y = t.y AND yp.pc = p.pc GROUP BY t.y, p.pc;
