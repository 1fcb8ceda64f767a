package org.twinningregistry.document;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.RecordRef;

/**
 * A document to add, its bytes beside it.
 *
 * @param record the agreement or engagement to attach it to
 * @param title what it is, in words (required, one line, at most 300 characters)
 * @param kind what it is, as a code (required)
 * @param language the language of its text, a BCP 47 tag ({@code en}, {@code fr},
 * {@code ko}, {@code zh-Hant}), or {@code null}
 * @param visibility who may see it (required)
 * @param fileName the file's name as uploaded (only its last part is kept)
 */
public record NewDocument(RecordRef record, @Nullable String title, @Nullable DocumentKind kind,
		@Nullable String language, @Nullable DocumentVisibility visibility, @Nullable String fileName) {

}
