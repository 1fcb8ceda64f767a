-- Indexes for partner suggestions (module partnerfinder reads agreement): the ties between a
-- subdivision and the subdivisions of another country, on either side.
CREATE INDEX agreement_party_a_subdivision_idx ON agreement (party_a_subdivision, party_b_country);
CREATE INDEX agreement_party_b_subdivision_idx ON agreement (party_b_subdivision, party_a_country);
