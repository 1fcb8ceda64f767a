-- Failed sign-ins (docs/architecture.md, "Security"), shared by every instance of the registry: one row per
-- (user name, client address) pair and one per client address, named by the SHA-256 hash of what they count
-- (no user name or address is stored as typed). A row is forgotten a window after its last failure.
CREATE TABLE account_login_throttle (
  key_hash VARCHAR(64) PRIMARY KEY,
  kind VARCHAR(8) NOT NULL,
  failures INTEGER NOT NULL,
  last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
  refused_until TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX account_login_throttle_last_idx ON account_login_throttle (last_failure);
