-- Import jobs, queued, run and followed from any instance (docs/import-export.md, "Jobs"): the
-- job's state, and the uploaded files it imports, kept until it ends. An instance claims a queued
-- job, writes its progress and a heartbeat while it runs; a job whose heartbeat is too old is
-- marked FAILED by any instance (its import ran in one transaction, so it left nothing).
CREATE TABLE import_job (
  id VARCHAR(36) PRIMARY KEY,
  owner VARCHAR(100) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  dry_run BOOLEAN NOT NULL,
  locale VARCHAR(35) NOT NULL,
  status VARCHAR(16) NOT NULL,
  rows_done BIGINT NOT NULL DEFAULT 0,
  rows_total BIGINT,
  cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
  submitted TIMESTAMP WITH TIME ZONE NOT NULL,
  started TIMESTAMP WITH TIME ZONE,
  finished TIMESTAMP WITH TIME ZONE,
  instance VARCHAR(200),
  heartbeat TIMESTAMP WITH TIME ZONE,
  report TEXT,
  problem_code VARCHAR(100),
  problem TEXT
);

CREATE INDEX import_job_status_idx ON import_job (status, submitted);

CREATE TABLE import_job_file (
  job_id VARCHAR(36) NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
  ordinal INT NOT NULL,
  name VARCHAR(255) NOT NULL,
  content BYTEA NOT NULL,
  PRIMARY KEY (job_id, ordinal)
);
