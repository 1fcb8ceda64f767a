-- Whether an account must choose its own password before it may do anything else: set for a password an
-- administrator gave (or the bootstrap generated), cleared when the account changes it. Existing accounts keep
-- the password they have.
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
