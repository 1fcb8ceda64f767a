-- A government's published request for partners (module partnerfinder); drafts live in
-- workflow_revision until approved. Countries are ISO 3166-1 alpha-2 codes and purposes
-- category codes, each separated by ';' (no countries: anywhere). Level REGIONAL or LOCAL,
-- null for either. Sizes are populations. An expired request leaves the public list.
CREATE TABLE partner_request (
  id VARCHAR(64) PRIMARY KEY,
  government_id VARCHAR(64) NOT NULL,
  seeking_countries VARCHAR(400),
  purposes VARCHAR(400) NOT NULL,
  partner_size_min BIGINT,
  partner_size_max BIGINT,
  partner_level VARCHAR(16),
  description_en VARCHAR(4000),
  description_fr VARCHAR(4000),
  description_native_language VARCHAR(3),
  description_native VARCHAR(4000),
  office_name VARCHAR(200),
  office_email VARCHAR(254),
  office_url VARCHAR(500),
  expires DATE NOT NULL,
  modified DATE NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX partner_request_government ON partner_request (government_id);
CREATE INDEX partner_request_expires ON partner_request (expires);
