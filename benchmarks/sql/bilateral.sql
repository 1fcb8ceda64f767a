-- The bilateral figures of :'country' and :'partner' as of :'asof' over :window years, in the
-- long form of the API's CSV (measure, key, subkey, value).
-- Run with: psql -v country=CA -v partner=KR -v asof=2024-12-31 -v window=5 -f bilateral.sql
WITH b AS MATERIALIZED (
  SELECT a.id,
         CASE WHEN a.party_a_country = :'country' THEN a.party_a ELSE a.party_b END AS home,
         CASE WHEN a.party_a_country = :'country' THEN a.party_b ELSE a.party_a END AS partner,
         CASE WHEN a.party_a_country = :'country' THEN a.party_a_subdivision ELSE a.party_b_subdivision END AS hs,
         a.signed_on <= DATE :'asof' AND (a.ended_on IS NULL OR a.ended_on > DATE :'asof')
           AND (a.term_ends_until IS NULL OR a.term_ends_until >= DATE :'asof')
           AND NOT EXISTS (SELECT 1 FROM agreement s WHERE s.supersedes = a.id AND s.signed_on <= DATE :'asof')
           AS current
  FROM agreement a
  WHERE (a.party_a_country = :'country' AND a.party_b_country = :'partner')
     OR (a.party_a_country = :'partner' AND a.party_b_country = :'country')
), e AS MATERIALIZED (
  SELECT b.home, b.partner, e.engagement_year AS y, e.category, e.origin,
         (e.form IS NULL OR e.form <> 'CORRESPONDENCE') AS substantive
  FROM b JOIN engagement e ON e.agreement_id = b.id
  WHERE e.engagement_year BETWEEN EXTRACT(YEAR FROM DATE :'asof')::int - :window + 1
                              AND EXTRACT(YEAR FROM DATE :'asof')::int
), rel AS MATERIALIZED (
  SELECT r.home, r.partner, r.hs, COALESCE(x.years, 0) AS years
  FROM (SELECT home, partner, MIN(hs) AS hs FROM b WHERE current GROUP BY home, partner) r
  LEFT JOIN (SELECT home, partner, COUNT(DISTINCT y) AS years FROM e WHERE substantive GROUP BY home, partner) x
    ON x.home = r.home AND x.partner = r.partner
), cats AS MATERIALIZED (
  SELECT category, CASE WHEN origin = 'BOTH' THEN 'BOTH' WHEN origin = home THEN :'country' ELSE :'partner' END AS side,
         COUNT(*) AS n
  FROM e GROUP BY 1, 2
)
SELECT 'relationships', '', '', COUNT(*)::text FROM rel
UNION ALL SELECT 'active', '', '', COUNT(*) FILTER (WHERE years > 0)::text FROM rel
UNION ALL SELECT 'dormant', '', '', COUNT(*) FILTER (WHERE years = 0)::text FROM rel
UNION ALL SELECT 'frequency', '', '', ROUND(COALESCE(SUM(years)::numeric / NULLIF(COUNT(*) * :window, 0), 0), 4)::text FROM rel
UNION ALL SELECT 'bySubdivision.relationships', hs, '', COUNT(*)::text FROM rel GROUP BY hs
UNION ALL SELECT 'bySubdivision.active', hs, '', COUNT(*) FILTER (WHERE years > 0)::text FROM rel GROUP BY hs
UNION ALL SELECT 'bySubdivision.frequency', hs, '', ROUND(SUM(years)::numeric / (COUNT(*) * :window), 4)::text FROM rel GROUP BY hs
UNION ALL SELECT 'categories.count', category, '', SUM(n)::text FROM cats GROUP BY category
UNION ALL SELECT 'categories.byOrigin', k.category, s.side, COALESCE(c.n, 0)::text
  FROM (SELECT DISTINCT category FROM cats) k
  CROSS JOIN (VALUES (:'country'), (:'partner'), ('BOTH')) AS s (side)
  LEFT JOIN cats c ON c.category = k.category AND c.side = s.side
UNION ALL SELECT 'dormantAgreements', b.id, '', '' FROM b
  JOIN rel r ON r.home = b.home AND r.partner = b.partner WHERE b.current AND r.years = 0;
