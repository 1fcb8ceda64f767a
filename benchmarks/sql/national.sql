-- The national figures of :'country' as of :'asof', in the long form of the API's CSV
-- (measure, key, subkey, value). Run with: psql -v country=CA -v asof=2024-12-31 -f national.sql
WITH c AS MATERIALIZED (
  SELECT a.type, EXTRACT(YEAR FROM a.signed_on)::int AS y,
         CASE WHEN a.party_a_country = :'country' THEN a.party_a_subdivision ELSE a.party_b_subdivision END AS hs,
         CASE WHEN a.party_a_country = :'country' THEN a.party_b_country ELSE a.party_a_country END AS pc,
         LEAST(a.party_a, a.party_b) AS p1, GREATEST(a.party_a, a.party_b) AS p2,
         (a.ended_on IS NULL OR a.ended_on > DATE :'asof')
           AND (a.term_ends_until IS NULL OR a.term_ends_until >= DATE :'asof')
           AND NOT EXISTS (SELECT 1 FROM agreement s WHERE s.supersedes = a.id AND s.signed_on <= DATE :'asof')
           AS current
  FROM agreement a
  WHERE (a.party_a_country = :'country' OR a.party_b_country = :'country') AND a.signed_on <= DATE :'asof'
), rel AS MATERIALIZED (
  SELECT p1, p2, MIN(pc) AS pc, MIN(hs) AS hs, COUNT(*) AS agr,
         MIN(CASE type WHEN 'SISTER' THEN 1 WHEN 'FRIENDSHIP' THEN 2 ELSE 3 END) AS t
  FROM c WHERE current GROUP BY p1, p2
), partners AS MATERIALIZED (
  SELECT pc, COUNT(*) AS rel, SUM(agr) AS agr, RANK() OVER (ORDER BY SUM(agr) DESC) AS rnk,
         ROW_NUMBER() OVER (ORDER BY SUM(agr) DESC, COUNT(*) DESC, pc) AS pos
  FROM rel GROUP BY pc
), years AS MATERIALIZED (
  SELECT y, pc, COUNT(*) AS n FROM c GROUP BY y, pc
)
SELECT 'relationships', '', '', COUNT(*)::text FROM rel
UNION ALL SELECT 'partnerCountries', '', '', COUNT(*)::text FROM partners
UNION ALL SELECT 'byType', k.type, '', COUNT(r.t)::text
  FROM (VALUES (1, 'SISTER'), (2, 'FRIENDSHIP'), (3, 'COOPERATION')) AS k (t, type)
  LEFT JOIN rel r ON r.t = k.t GROUP BY k.type
UNION ALL SELECT 'partners.relationships', pc, '', rel::text FROM partners
UNION ALL SELECT 'partners.agreements', pc, '', agr::text FROM partners
UNION ALL SELECT 'partners.rank', pc, '', rnk::text FROM partners
UNION ALL SELECT 'bySubdivision.relationships', hs, '', COUNT(*)::text FROM rel GROUP BY hs
UNION ALL SELECT 'newPerYear', y::text, '', SUM(n)::text FROM years GROUP BY y
UNION ALL SELECT 'newPerYear.byPartner', t.y::text, p.pc, COALESCE(SUM(yp.n), 0)::text
  FROM (SELECT DISTINCT y FROM years) t CROSS JOIN (SELECT pc FROM partners WHERE pos <= 5) p
  LEFT JOIN years yp ON yp.y = t.y AND yp.pc = p.pc GROUP BY t.y, p.pc;
