/**
 * Document internal layer: the bytes of documents (JDBC, {@code document_content}) and
 * what the agreement and engagement modules ask before deleting a record.
 */
@NullMarked
package org.twinningregistry.document.internal;

import org.jspecify.annotations.NullMarked;
