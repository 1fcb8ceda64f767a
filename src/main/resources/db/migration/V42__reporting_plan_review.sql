-- The plan review of an annual report (docs/domain.md, "Annual reports"): why each planned
-- activity of the year the government was to initiate was missed. The activity is named by
-- its plan's id and its key, with its year, category and title as they were when the report
-- was submitted (no foreign key to the strategy module's tables). A resubmission replaces them.
CREATE TABLE annual_report_plan_review (
  report_id BIGINT NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  plan_id VARCHAR(64) NOT NULL,
  activity_key VARCHAR(32) NOT NULL,
  activity_year INTEGER NOT NULL,
  category VARCHAR(20) NOT NULL,
  title VARCHAR(300) NOT NULL,
  cause VARCHAR(16) NOT NULL,
  reason_text VARCHAR(2000),
  PRIMARY KEY (report_id, seq)
);
