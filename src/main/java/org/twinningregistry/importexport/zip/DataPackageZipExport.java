package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.format.DataPackageSchema;

/**
 * Writes the registry as a data package ZIP: {@code governments.csv},
 * {@code agreements.csv}, {@code engagements.csv}, the documents the caller may see
 * (their files under {@code documents/} and {@code documents.csv}) and
 * {@code datapackage.json}, each table streamed a page at a time.
 */
@Component
public class DataPackageZipExport {

	private final GovernmentCsvExport governments;

	private final AgreementCsvExport agreements;

	private final EngagementCsvExport engagements;

	private final DocumentCsvExport documents;

	DataPackageZipExport(GovernmentCsvExport governments, AgreementCsvExport agreements,
			EngagementCsvExport engagements, DocumentCsvExport documents) {
		this.governments = governments;
		this.agreements = agreements;
		this.engagements = engagements;
		this.documents = documents;
	}

	/**
	 * Writes the ZIP and finishes it; the stream stays open.
	 * @param created the time the package says it was made
	 * @param registryUrl the address of the registry it comes from, if known
	 */
	public void write(OutputStream out, Instant created, @Nullable String registryUrl) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		zip.putNextEntry(new ZipEntry(DataPackageSchema.GOVERNMENTS.fileName()));
		this.governments.write(zip);
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry(DataPackageSchema.AGREEMENTS.fileName()));
		this.agreements.write(zip);
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry(DataPackageSchema.ENGAGEMENTS.fileName()));
		this.engagements.write(zip);
		zip.closeEntry();
		this.documents.write(zip);
		zip.putNextEntry(new ZipEntry(DataPackageSchema.DESCRIPTOR));
		zip.write(DataPackageDescriptor.json(created, registryUrl));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

}
