package org.twinningregistry.importexport.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.ImportTooLargeException;
import org.twinningregistry.importexport.upload.MalformedPackageException;
import org.twinningregistry.importexport.csv.RowCells;
import org.twinningregistry.importexport.format.DataPackageSchema;

/**
 * Reads an uploaded workbook into its sheets' rows, streaming each sheet's XML so that
 * memory follows what the sheets hold, not how the file is laid out. Refuses, with
 * nothing read: a file beyond the size limit, one that is no XLSX workbook, a ZIP bomb
 * (an entry that unpacks far more than its size or past the limit), a sheet with too many
 * rows, and a workbook with none of the package's sheets.
 */
@Component
public class XlsxReader {

	/** POI's own default: an entry may unpack to at most 100 times its packed size. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private final ImportSettings settings;

	XlsxReader(ImportSettings settings) {
		this.settings = settings;
		// POI's guards are global: one setting for every workbook this application opens
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(settings.maxUnpackedSize().toBytes());
	}

	/**
	 * @throws ImportTooLargeException if the upload or a sheet is beyond the limits
	 * @throws MalformedPackageException if it is no readable workbook, or a ZIP bomb
	 */
	public WorkbookSheets read(InputStream upload) {
		@Nullable Path file = null;
		try {
			file = Files.createTempFile("registry-import-", ".xlsx");
			try (OutputStream out = Files.newOutputStream(file)) {
				this.settings.limit(upload).transferTo(out);
			}
			return read(file);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		finally {
			delete(file);
		}
	}

	private WorkbookSheets read(Path file) {
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException ex) {
			throw unreadable(ex);
		}
		try {
			return sheets(workbook);
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| OpenXML4JRuntimeException | IllegalStateException ex) {
			throw unreadable(ex);
		}
		finally {
			workbook.revert();
		}
	}

	private WorkbookSheets sheets(OPCPackage workbook)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		XSSFReader reader = new XSSFReader(workbook);
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
		StylesTable styles = reader.getStylesTable();
		Map<String, List<RowCells>> tables = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			try (InputStream sheet = sheets.next()) {
				String name = sheets.getSheetName().strip();
				if (DataPackageSchema.TABLES.stream().anyMatch(table -> table.name().equals(name))) {
					SheetCollector rows = new SheetCollector(name, this.settings.maxRows());
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new CellText(), false));
					parser.parse(new InputSource(sheet));
					tables.put(name, rows.rows());
				}
				else if (!WorkbookSheets.isAllowed(name)) {
					unknown.add(name);
				}
			}
		}
		if (tables.isEmpty()) {
			throw new MalformedPackageException("import.xlsx.no-sheets");
		}
		return new WorkbookSheets(tables, unknown);
	}

	/** What went wrong, told apart: a ZIP bomb, or a file that is no workbook. */
	private static MalformedPackageException unreadable(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
				return new MalformedPackageException("import.xlsx.bomb");
			}
		}
		return new MalformedPackageException("import.xlsx.unreadable", String.valueOf(ex.getMessage()));
	}

	private static void delete(@Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// the temporary folder is cleaned eventually; nothing else depends on it
		}
	}

}
