-- The office each step of an annual report was taken in (see V31): shown to the public instead of the user name.
ALTER TABLE annual_report ADD COLUMN submitted_office VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE annual_report ADD COLUMN approved_office VARCHAR(120);
ALTER TABLE annual_report ADD COLUMN returned_office VARCHAR(120);
