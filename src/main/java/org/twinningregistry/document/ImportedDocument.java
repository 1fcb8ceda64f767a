package org.twinningregistry.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document as a data package brings it: created, or replaced by id.
 *
 * @param id its key
 * @param document what it is and where it belongs (its file name as uploaded)
 * @param bytes its content
 * @param addedAt when it was first added, kept from the package; {@code null} for now
 */
public record ImportedDocument(DocumentId id, NewDocument document, byte[] bytes, @Nullable Instant addedAt) {

}
