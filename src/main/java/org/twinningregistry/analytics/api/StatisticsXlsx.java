package org.twinningregistry.analytics.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics as a one-sheet workbook: the same long-form table as the CSV answer
 * ({@link StatisticsCsv}), numbers as number cells, everything else as text, the header
 * frozen.
 */
final class StatisticsXlsx {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * A number written without leading zeros or exponent, so that it reads back the same.
	 */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");

	private StatisticsXlsx() {
	}

	/** The workbook of a CSV answer, its first row the header. */
	static byte[] of(String csv) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("statistics");
			XSSFCellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			int index = 0;
			for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
				XSSFRow row = sheet.createRow(index);
				for (int column = 0; column < record.size(); column++) {
					Cell cell = row.createCell(column);
					set(cell, record.get(column), index > 0);
					if (index == 0) {
						cell.setCellStyle(header);
					}
				}
				index++;
			}
			for (int column = 0; column < 4; column++) {
				sheet.setColumnWidth(column, 256 * 24);
			}
			sheet.createFreezePane(0, 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void set(Cell cell, String text, boolean numbers) {
		if (numbers && NUMBER.matcher(text).matches()
				&& new BigDecimal(text).compareTo(BigDecimal.valueOf(Double.parseDouble(text))) == 0) {
			cell.setCellValue(Double.parseDouble(text));
		}
		else if (!text.isEmpty()) {
			cell.setCellValue(text);
		}
	}

}
