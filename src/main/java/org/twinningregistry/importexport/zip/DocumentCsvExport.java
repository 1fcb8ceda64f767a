package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentSummary;
import org.twinningregistry.importexport.format.DataPackageSchema;

/**
 * Writes the documents the caller may see (every one, for a curator of every country: an
 * export is then a complete backup; the public ones for anyone else): each file as it is
 * stored under {@code documents/}, one at a time, then {@code documents.csv} naming them
 * with their SHA-256, so that importing the package gives the same bytes.
 */
@Component
class DocumentCsvExport {

	private final DocumentArchive archive;

	DocumentCsvExport(DocumentArchive archive) {
		this.archive = archive;
	}

	void write(ZipOutputStream zip) throws IOException {
		List<Object[]> rows = new ArrayList<>();
		try {
			this.archive.forEachVisible(content -> {
				DocumentSummary d = content.document();
				String path = path(d);
				try {
					zip.putNextEntry(new ZipEntry(path));
					zip.write(content.bytes());
					zip.closeEntry();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				boolean agreement = d.record().kind().equals(AgreementRegistry.RECORDS);
				rows.add(new Object[] { d.id().value(), agreement ? d.record().id() : null,
						agreement ? null : d.record().id(), d.title(), d.kind().name(), d.language(),
						d.visibility().name(), path, d.fileName(), d.contentType(), d.size(), d.sha256(),
						d.addedAt().toString() });
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		zip.putNextEntry(new ZipEntry(DataPackageSchema.DOCUMENTS.fileName()));
		CsvTableWriter csv = new CsvTableWriter(DataPackageSchema.DOCUMENTS, zip);
		rows.forEach(csv::row);
		csv.finish();
		zip.closeEntry();
	}

	/**
	 * Where the file lies in the package: its id and name, in characters every archiver
	 * keeps.
	 */
	static String path(DocumentSummary document) {
		String name = (document.id().value() + "-" + document.fileName()).replaceAll("[^A-Za-z0-9._-]", "_");
		return "documents/" + name;
	}

}
