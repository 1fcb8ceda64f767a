-- A government's published strategy (module strategy), one per government and keyed by
-- its id (no foreign key: modules own their tables). Purposes are category codes
-- separated by ';', most important first; preferred countries ISO 3166-1 codes
-- likewise. Drafts live in workflow_revision until approved.
CREATE TABLE strategy (
  government_id VARCHAR(64) PRIMARY KEY,
  purposes VARCHAR(400) NOT NULL,
  statement_en VARCHAR(4000),
  statement_fr VARCHAR(4000),
  statement_native_language VARCHAR(3),
  statement_native VARCHAR(4000),
  preferred_countries VARCHAR(200),
  office_name VARCHAR(200),
  office_email VARCHAR(254),
  office_url VARCHAR(500),
  adopted DATE,
  review_by DATE,
  version BIGINT NOT NULL
);
