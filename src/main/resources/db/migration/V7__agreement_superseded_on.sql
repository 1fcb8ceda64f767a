-- The day the first agreement superseding this one was signed (the first day of its signing
-- period), kept by the agreement registry, so that "current on a date" reads no other row.
ALTER TABLE agreement ADD COLUMN superseded_on DATE;

UPDATE agreement SET superseded_on = (SELECT MIN(s.signed_on) FROM agreement s WHERE s.supersedes = agreement.id);
