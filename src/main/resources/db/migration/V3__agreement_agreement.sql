-- Parties are governments of the gazetteer module: referred to by id, without a foreign key across
-- modules; the gazetteer asks this module before deleting a government.
CREATE TABLE agreement (
  id VARCHAR(64) PRIMARY KEY,
  party_a VARCHAR(64) NOT NULL,
  party_b VARCHAR(64) NOT NULL,
  type VARCHAR(16) NOT NULL,
  signed VARCHAR(10) NOT NULL,
  signed_on DATE NOT NULL,
  status VARCHAR(16) NOT NULL,
  ended VARCHAR(10),
  term_ends VARCHAR(10),
  renewed VARCHAR(10),
  council_resolution VARCHAR(500),
  supersedes VARCHAR(64) REFERENCES agreement (id),
  purposes VARCHAR(400),
  source VARCHAR(4000),
  notes VARCHAR(4000),
  party_a_name VARCHAR(200) NOT NULL,
  party_a_name_local VARCHAR(200),
  party_a_country VARCHAR(2) NOT NULL,
  party_a_subdivision VARCHAR(6) NOT NULL,
  party_b_name VARCHAR(200) NOT NULL,
  party_b_name_local VARCHAR(200),
  party_b_country VARCHAR(2) NOT NULL,
  party_b_subdivision VARCHAR(6) NOT NULL,
  search_text VARCHAR(1000) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT agreement_two_parties CHECK (party_a <> party_b)
);

CREATE INDEX agreement_party_a_idx ON agreement (party_a);
CREATE INDEX agreement_party_b_idx ON agreement (party_b);
CREATE INDEX agreement_countries_idx ON agreement (party_a_country, party_b_country);
CREATE INDEX agreement_supersedes_idx ON agreement (supersedes);
