-- The parties' French names beside their English and native ones (issue 17: pages in French show French names).
-- Copied from the gazetteer like the other party facts; PartyCopyListener keeps them current from now on.
ALTER TABLE agreement ADD COLUMN party_a_name_fr VARCHAR(200);
ALTER TABLE agreement ADD COLUMN party_b_name_fr VARCHAR(200);

UPDATE agreement SET
  party_a_name_fr = (SELECT g.name_fr FROM government g WHERE g.id = agreement.party_a),
  party_b_name_fr = (SELECT g.name_fr FROM government g WHERE g.id = agreement.party_b);
