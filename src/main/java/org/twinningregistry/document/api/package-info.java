/**
 * Documents API: {@code /api/v1/agreements/{id}/documents},
 * {@code /api/v1/engagements/{id}/documents} and {@code /api/v1/documents/{docId}}.
 */
@NullMarked
package org.twinningregistry.document.api;

import org.jspecify.annotations.NullMarked;
