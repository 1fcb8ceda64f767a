-- Multi-year plans agreed under an agreement (module strategy), and their planned
-- activities in order (seq from 0). The agreement is named by id (no foreign key:
-- modules own their tables); the activities belong to their plan. Drafts live in
-- workflow_revision until approved.
CREATE TABLE strategy_plan (
  id VARCHAR(64) PRIMARY KEY,
  agreement_id VARCHAR(64) NOT NULL,
  from_year INTEGER NOT NULL,
  to_year INTEGER NOT NULL,
  version BIGINT NOT NULL
);

CREATE INDEX strategy_plan_agreement_idx ON strategy_plan (agreement_id, from_year);

CREATE TABLE strategy_plan_activity (
  plan_id VARCHAR(64) NOT NULL REFERENCES strategy_plan (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  activity_key VARCHAR(32) NOT NULL,
  activity_year INTEGER NOT NULL,
  category VARCHAR(20) NOT NULL,
  form VARCHAR(20),
  origin VARCHAR(64) NOT NULL,
  participants INTEGER,
  title VARCHAR(300) NOT NULL,
  notes VARCHAR(4000),
  PRIMARY KEY (plan_id, seq)
);

CREATE INDEX strategy_plan_activity_year_idx ON strategy_plan_activity (activity_year, plan_id);
