/**
 * HTTP endpoints of the import and export: {@code /api/v1/imports} (a data package or a
 * filled workbook; {@code template.xlsx}) and {@code /api/v1/exports}
 * ({@code data-package.zip}, {@code registry.xlsx}).
 */
@NullMarked
package org.twinningregistry.importexport.api;

import org.jspecify.annotations.NullMarked;
