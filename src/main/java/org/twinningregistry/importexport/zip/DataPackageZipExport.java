package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * Writes the registry as a data package ZIP: one CSV file per table of the package
 * ({@code governments.csv}, {@code agreements.csv}, {@code engagements.csv},
 * {@code plans.csv}, {@code planned_activities.csv}), the documents the caller may see
 * (their files under {@code documents/} and {@code documents.csv}) and
 * {@code datapackage.json}, each table streamed a page at a time.
 */
@Component
public class DataPackageZipExport {

	private final TableCsvExport tables;

	private final DocumentCsvExport documents;

	DataPackageZipExport(TableCsvExport tables, DocumentCsvExport documents) {
		this.tables = tables;
		this.documents = documents;
	}

	/**
	 * Writes the ZIP and finishes it; the stream stays open.
	 * @param created the time the package says it was made
	 * @param registryUrl the address of the registry it comes from, if known
	 */
	public void write(OutputStream out, Instant created, @Nullable String registryUrl) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		for (TableSchema table : DataPackageSchema.TABLES) {
			zip.putNextEntry(new ZipEntry(table.fileName()));
			this.tables.write(table, zip);
			zip.closeEntry();
		}
		this.documents.write(zip);
		zip.putNextEntry(new ZipEntry(DataPackageSchema.DESCRIPTOR));
		zip.write(DataPackageDescriptor.json(created, registryUrl));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

}
