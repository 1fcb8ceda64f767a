CREATE TABLE government (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  name_fr VARCHAR(200),
  name_local VARCHAR(200),
  country VARCHAR(2) NOT NULL,
  subdivision VARCHAR(6) NOT NULL,
  level VARCHAR(16) NOT NULL,
  parent_id VARCHAR(64) REFERENCES government (id),
  population BIGINT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  wikidata VARCHAR(20),
  geonames BIGINT,
  search_text VARCHAR(700) NOT NULL,
  version BIGINT NOT NULL
);

CREATE INDEX government_country_idx ON government (country, subdivision);
CREATE INDEX government_parent_idx ON government (parent_id);
