/**
 * HTTP endpoints of the import and export: {@code /api/v1/imports} and
 * {@code /api/v1/exports}.
 */
@NullMarked
package org.twinningregistry.importexport.api;

import org.jspecify.annotations.NullMarked;
