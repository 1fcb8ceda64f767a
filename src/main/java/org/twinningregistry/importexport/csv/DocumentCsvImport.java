package org.twinningregistry.importexport.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentId;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.document.ImportedDocument;
import org.twinningregistry.document.NewDocument;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.shared.InvalidTextException;
import org.twinningregistry.workflow.RecordRef;

/**
 * Imports {@code documents.csv}, after the engagements: each row's file is read from the
 * package's {@code documents/} folder, its SHA-256 checked against the row's when given,
 * and the document created or replaced by id through the document module's facade, with
 * the checks of an upload (the content type detected from the bytes, the size limit).
 * Rows are few and files are read one at a time.
 */
@Component
public class DocumentCsvImport {

	private final DocumentArchive archive;

	DocumentCsvImport(DocumentArchive archive) {
		this.archive = archive;
	}

	/** Checks and writes the rows, counting them in the tally. */
	public void run(List<CsvRow> rows, TableSource source, Findings findings, FileTally tally,
			ImportProgress progress) {
		for (CsvRow row : rows) {
			tally.row();
			ImportedDocument document = document(row, source);
			if (document != null && row.usable()) {
				TableCsvImport.report(row, this.archive.importDocument(document), findings, tally);
			}
			progress.rowsDone(1);
		}
	}

	private @Nullable ImportedDocument document(CsvRow row, TableSource source) {
		String id = row.id("id", true);
		RecordRef record = record(row);
		String title = row.required("title");
		DocumentKind kind = row.code("kind", DocumentKind.class, true);
		DocumentVisibility visibility = row.code("visibility", DocumentVisibility.class, false);
		String path = row.required("file");
		Instant added = instant(row);
		byte[] bytes = (path != null) ? bytes(row, source, path) : null;
		if (id == null || record == null || title == null || kind == null || bytes == null || !row.usable()) {
			return null;
		}
		String fileName = (row.text("file_name") != null) ? row.text("file_name")
				: path.substring(path.lastIndexOf('/') + 1);
		try {
			return new ImportedDocument(new DocumentId(id), new NewDocument(record, title, kind, row.text("language"),
					(visibility != null) ? visibility : DocumentVisibility.PUBLIC, fileName), bytes, added);
		}
		catch (InvalidTextException ex) {
			ex.violations().forEach(v -> row.fail(String.valueOf(v.field()), v.code(), v.argumentArray()));
			return null;
		}
	}

	private static @Nullable RecordRef record(CsvRow row) {
		String agreement = row.id("agreement", false);
		String engagement = row.id("engagement", false);
		if ((agreement == null) == (engagement == null)) {
			row.fail((agreement == null) ? "agreement" : "engagement", "import.document.one-record");
			return null;
		}
		return (agreement != null) ? AgreementRegistry.ref(new AgreementId(agreement))
				: EngagementLog.ref(new EngagementId(engagement));
	}

	private static @Nullable Instant instant(CsvRow row) {
		String added = row.text("added");
		try {
			return (added != null) ? Instant.parse(added) : null;
		}
		catch (DateTimeParseException ex) {
			row.fail("added", "import.document.added");
			return null;
		}
	}

	/** The file's bytes, checked against the row's SHA-256; {@code null} when wrong. */
	private static byte @Nullable [] bytes(CsvRow row, TableSource source, String path) {
		CsvContent file = path.startsWith("documents/") && !path.contains("..") ? source.file(path) : null;
		if (file == null) {
			row.fail("file", "import.document.file-missing", path);
			return null;
		}
		byte[] bytes;
		try (InputStream in = file.open()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String sha256 = row.text("sha256");
		if (sha256 != null && !sha256.equals(sha256(bytes))) {
			row.fail("sha256", "import.document.sha256", path, sha256(bytes));
			return null;
		}
		return bytes;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
