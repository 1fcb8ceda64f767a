package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for the spreadsheet tests, built with POI as a spreadsheet program would save
 * them: text cells, number cells and date cells with a date format.
 */
public final class XlsxFixtures {

	/** Columns a clerk's spreadsheet would hold as numbers. */
	private static final Set<String> NUMBERS = Set.of("year", "population", "latitude", "longitude", "participants",
			"cost", "geonames");

	/** Columns a clerk's spreadsheet would turn into dates. */
	private static final Set<String> DATES = Set.of("signed", "ended", "term_ends", "renewed", "date", "end_date");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private XlsxFixtures() {
	}

	/**
	 * A date cell shown in the given format, e.g. {@code yyyy-mm-dd} or {@code mmm-yy}.
	 */
	public record ExcelDate(LocalDate date, String format) {
	}

	/**
	 * The CSV files of a package as a workbook, a sheet per file; numbers typed as
	 * numbers and dates as dates when {@code typed}, else every cell as text.
	 */
	public static byte[] fromCsv(Map<String, String> files, boolean typed) {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		files.forEach((file, csv) -> sheets.put(file.replace(".csv", ""), rows(csv, typed)));
		return workbook(sheets);
	}

	public static byte[] workbook(Map<String, List<List<Object>>> sheets) {
		try (Workbook workbook = new XSSFWorkbook()) {
			sheets.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows.get(r).size(); c++) {
						set(workbook, row, c, rows.get(r).get(c));
					}
				}
			});
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** Every sheet's rows as the text a spreadsheet shows, with trailing empties kept. */
	public static Map<String, List<List<String>>> read(byte[] xlsx) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				int width = (sheet.getRow(0) != null) ? sheet.getRow(0).getLastCellNum() : 0;
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < width; c++) {
						cells.add(formatter.formatCellValue(row.getCell(c)));
					}
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	private static List<List<Object>> rows(String csv, boolean typed) {
		List<List<Object>> rows = new ArrayList<>();
		List<String> header = null;
		for (CSVRecord record : records(csv)) {
			if (header == null) {
				header = record.toList();
				rows.add(new ArrayList<>(header));
				continue;
			}
			List<Object> row = new ArrayList<>();
			for (int i = 0; i < record.size(); i++) {
				row.add(typed ? typed(header.get(i), record.get(i)) : record.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<CSVRecord> records(String csv) {
		try {
			return CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object typed(String column, String text) {
		if (NUMBERS.contains(column) && !text.isEmpty()) {
			return Double.valueOf(text);
		}
		if (DATES.contains(column) && DAY.matcher(text).matches()) {
			return new ExcelDate(LocalDate.parse(text), "yyyy-mm-dd");
		}
		if (DATES.contains(column) && MONTH.matcher(text).matches()) {
			return new ExcelDate(LocalDate.parse(text + "-01"), "mmm-yy");
		}
		return text;
	}

	private static void set(Workbook workbook, Row row, int column, Object value) {
		if (value == null || "".equals(value)) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof ExcelDate date) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(date.format()));
			cell.setCellValue(date.date());
			cell.setCellStyle(style);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
