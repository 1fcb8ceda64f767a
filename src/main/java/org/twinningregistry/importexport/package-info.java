/**
 * /** Import and export of the Twinning Data Package (docs/import-export.md,
 * docs/data-package.md): its CSV files (governments, agreements, engagements, plans and
 * their planned activities, documents) and a Frictionless {@code datapackage.json}, or
 * the same tables but documents as the sheets of an XLSX workbook.
 * {@link DataPackageImporter} checks every cell and writes all rows or none through the
 * gazetteer's, agreements', engagements', plans' and documents' facades, whose rules it
 * reuses; {@link WorkbookImporter} reads a filled template into the same rows;
 * {@link DataPackageExporter} and {@link WorkbookExporter} stream the registry out, and
 * the latter writes the template. Nothing outside the module uses these; its own
 * subpackages hold the rest, each for one concern: {@code upload} (the uploaded files and
 * their limits), {@code report} (an import's report and progress), {@code job}
 * ({@code ImportJobs}: imports in the background with progress and cancellation),
 * {@code pairs} ({@code PairsImport}: a pairs list reconciled to governments and
 * world-gazetteer places, its settled rows committed), {@code csv}, {@code xlsx},
 * {@code zip} and {@code format} (the formats), {@code ui} and {@code api}. Depends on
 * gazetteer, agreement, engagement, strategy and document for their facades (the only way
 * in and out of their tables; plans are part of the package, documents travel as
 * {@code documents.csv} and the files of a {@code documents/} folder, each naming its
 * record by workflow's {@code RecordRef}), and on account to run command-line and
 * demo-data imports as the system curator.
 */
@ApplicationModule(displayName = "Import and export",
		allowedDependencies = { "gazetteer", "account", "agreement", "engagement", "strategy", "document", "workflow" })
@NullMarked
package org.twinningregistry.importexport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
