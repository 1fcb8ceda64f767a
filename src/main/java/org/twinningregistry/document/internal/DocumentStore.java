package org.twinningregistry.document.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of documents, in {@code document_content} ({@code BYTEA} on both engines),
 * read and written with JDBC so that listing documents never loads them.
 */
@Component
public class DocumentStore {

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a document's bytes, replacing any it had. */
	public void put(String documentId, byte[] content) {
		this.jdbc.sql("DELETE FROM document_content WHERE document_id = :id").param("id", documentId).update();
		this.jdbc.sql("INSERT INTO document_content (document_id, content) VALUES (:id, :content)")
			.param("id", documentId)
			.param("content", content)
			.update();
	}

	/** A document's bytes, or empty when it has none. */
	public Optional<byte[]> get(String documentId) {
		return this.jdbc.sql("SELECT content FROM document_content WHERE document_id = :id")
			.param("id", documentId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** Forgets a document's bytes. */
	public void remove(String documentId) {
		this.jdbc.sql("DELETE FROM document_content WHERE document_id = :id").param("id", documentId).update();
	}

}
