/**
 * Import and export of the Twinning Data Package (docs/import-export.md): three CSV files
 * and a Frictionless {@code datapackage.json}, or the same three tables as the sheets of
 * an XLSX workbook. {@link DataPackageImporter} checks every cell and writes all rows or
 * none through the gazetteer's, agreements' and engagements' facades, whose rules it
 * reuses; {@link WorkbookImporter} reads a filled template into the same rows;
 * {@link ImportJobs} runs either in the background as a job with progress and
 * cancellation; {@link DataPackageExporter} and {@link WorkbookExporter} stream the
 * registry out, and the latter writes the template. {@link PairsImport} reconciles a
 * pairs list (city and country, twice a row) to governments and world-gazetteer places
 * and commits the settled rows. Depends on gazetteer, agreement and engagement for their
 * facades (the only way in and out of their tables), and on account to run command-line
 * and demo-data imports as the system curator.
 */
@ApplicationModule(displayName = "Import and export",
		allowedDependencies = { "gazetteer", "account", "agreement", "engagement" })
@NullMarked
package org.twinningregistry.importexport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
