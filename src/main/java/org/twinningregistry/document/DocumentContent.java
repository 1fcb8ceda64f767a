package org.twinningregistry.document;

/**
 * A document with its bytes, to send.
 *
 * @param document what it is
 * @param bytes its content, exactly as uploaded
 */
public record DocumentContent(DocumentSummary document, byte[] bytes) {

}
