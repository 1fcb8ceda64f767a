-- Covering indexes for partner suggestions (module partnerfinder reads agreement): a country's
-- governments' current ties, counted on either side from the index alone.
CREATE INDEX IF NOT EXISTS agreement_party_a_ties_idx ON agreement (party_a_country, party_a, party_b_country, signed_on, ended_on, term_ends_until, superseded_on);
CREATE INDEX IF NOT EXISTS agreement_party_b_ties_idx ON agreement (party_b_country, party_b, party_a_country, signed_on, ended_on, term_ends_until, superseded_on);
