-- The history entry of the import that created an engagement (workflow_history.id, no
-- foreign key: modules own their tables). A bulk import records its creations as one
-- entry of the import instead of one per engagement; a record's history shows that
-- entry as its creation. Empty for engagements created otherwise.
ALTER TABLE engagement ADD COLUMN import_entry BIGINT;
