-- The first day of the end and the last day of the term, kept beside the dates as given, so that
-- "current on a date" (CurrentAgreementRule) can be evaluated in SQL for statistics.
ALTER TABLE agreement ADD COLUMN ended_on DATE;
ALTER TABLE agreement ADD COLUMN term_ends_until DATE;

CREATE INDEX agreement_signed_on_idx ON agreement (signed_on);
