CREATE TABLE engagement (
  id VARCHAR(64) PRIMARY KEY,
  agreement_id VARCHAR(64) NOT NULL,
  engagement_year INTEGER NOT NULL,
  start_date VARCHAR(10),
  end_date VARCHAR(10),
  category VARCHAR(20) NOT NULL,
  origin VARCHAR(64) NOT NULL,
  form VARCHAR(20),
  mode VARCHAR(12) NOT NULL,
  participants INTEGER,
  official_level VARCHAR(12),
  cost NUMERIC(16, 2),
  currency VARCHAR(3),
  title VARCHAR(300) NOT NULL,
  description VARCHAR(10000),
  source VARCHAR(4000),
  search_text VARCHAR(10400) NOT NULL,
  version BIGINT NOT NULL
);

CREATE INDEX engagement_agreement_idx ON engagement (agreement_id, engagement_year);
