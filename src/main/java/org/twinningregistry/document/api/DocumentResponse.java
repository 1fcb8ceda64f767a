package org.twinningregistry.document.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentSummary;
import org.twinningregistry.document.DocumentVisibility;

/**
 * A document as the API shows it: {@code addedBy} names the office it was added in, never
 * an account; {@code url} is where its bytes are.
 */
record DocumentResponse(String id, String recordKind, String recordId, String title, DocumentKind kind,
		@Nullable String language, DocumentVisibility visibility, String fileName, String contentType, long size,
		String sha256, Instant addedAt, String addedBy, String url) {

	static DocumentResponse of(DocumentSummary document) {
		return new DocumentResponse(document.id().value(), document.record().kind().key(), document.record().id(),
				document.title(), document.kind(), document.language(), document.visibility(), document.fileName(),
				document.contentType(), document.size(), document.sha256(), document.addedAt(), document.addedBy(),
				DocumentApiController.PATH + "/" + document.id().value());
	}

}
