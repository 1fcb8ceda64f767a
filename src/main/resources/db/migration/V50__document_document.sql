-- Documents attached to an agreement or an engagement (docs/domain.md, "Documents"): what each is, who added it
-- and when, its content type as detected from its bytes and its SHA-256; the bytes themselves in a table of their
-- own, so that listing documents never reads them. A record is named by kind and id, without a foreign key across
-- modules (the agreement and engagement modules ask before deleting a record that has documents).
CREATE TABLE document (
  id VARCHAR(64) PRIMARY KEY,
  record_kind VARCHAR(16) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  title VARCHAR(300) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  language VARCHAR(35),
  visibility VARCHAR(10) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  added_at TIMESTAMP WITH TIME ZONE NOT NULL,
  added_by VARCHAR(100) NOT NULL,
  added_office VARCHAR(120) NOT NULL,
  version BIGINT NOT NULL
);

CREATE INDEX document_record_idx ON document (record_kind, record_id);

CREATE TABLE document_content (
  document_id VARCHAR(64) PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
  content BYTEA NOT NULL
);
