package org.twinningregistry.importexport;

import java.io.InputStream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.twinningregistry.importexport.xlsx.XlsxReader;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.ImportTooLargeException;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Imports a filled workbook, the XLSX template's three sheets ({@code governments},
 * {@code agreements}, {@code engagements}), exactly as {@link DataPackageImporter}
 * imports the CSV files: each sheet's rows, their cells as text, go through the same
 * checks and the same writes, all or nothing. Errors name the sheet as their file, the
 * spreadsheet's row number as their line and the header as their column.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
public class WorkbookImporter {

	private final XlsxReader reader;

	private final DataPackageImporter importer;

	WorkbookImporter(XlsxReader reader, DataPackageImporter importer) {
		this.reader = reader;
		this.importer = importer;
	}

	/**
	 * Reads the workbook and, unless it is a dry run or something is wrong, writes it.
	 * @param xlsx the workbook; it is read to its end, not closed
	 * @return the report: status, counts per sheet, every error and the warnings
	 * @throws ImportTooLargeException if the file or a sheet is beyond the configured
	 * limits
	 * @throws MalformedPackageException if it is no readable workbook, a ZIP bomb, or has
	 * none of the three sheets
	 * @throws org.springframework.security.access.AccessDeniedException if the caller is
	 * no curator
	 */
	public ImportReport importWorkbook(InputStream xlsx, ImportOptions options) {
		return this.importer.importTables(this.reader.read(xlsx), options);
	}

}
