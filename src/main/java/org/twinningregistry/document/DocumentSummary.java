package org.twinningregistry.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.RecordRef;

/**
 * A document on file, without its bytes.
 *
 * @param id its key
 * @param record the agreement or engagement it is attached to
 * @param title what it is, in words
 * @param kind what it is, as a code
 * @param language the language of its text (a BCP 47 tag such as {@code en} or
 * {@code ko}), when given
 * @param visibility who may see it
 * @param fileName the file's name as it was uploaded
 * @param contentType the content type detected from its bytes
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hexadecimal digits
 * @param addedAt when it was added
 * @param addedBy the office it was added in, named for the reader ("Reporter of
 * Burnaby"), never an account's name
 * @param addedOffice that office as recorded ({@code REPORTER:CA-BC-burnaby})
 * @param removable whether the caller may remove it
 */
public record DocumentSummary(DocumentId id, RecordRef record, String title, DocumentKind kind,
		@Nullable String language, DocumentVisibility visibility, String fileName, String contentType, long size,
		String sha256, Instant addedAt, String addedBy, String addedOffice, boolean removable) {

	/** Whether it is an image a page may show as one. */
	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
