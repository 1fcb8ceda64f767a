-- The office (the grant, e.g. REVIEWER:CA-BC) someone acted under, recorded with the action: the public sees the
-- office ("Reviewer, British Columbia"), not the user name, and it stays right when the account's roles change.
-- Empty for actions recorded before (shown as "Registry user").
ALTER TABLE workflow_history ADD COLUMN actor_office VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE workflow_confirmation ADD COLUMN confirmed_office VARCHAR(120) DEFAULT '' NOT NULL;
