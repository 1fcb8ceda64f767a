-- ShedLock's table: scheduled and start-up work that must run on one instance at a time takes a
-- named lock here (docs/architecture.md, "Several instances").
CREATE TABLE shedlock (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_by VARCHAR(255) NOT NULL
);
