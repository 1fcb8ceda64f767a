package org.twinningregistry.importexport.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.Cells;
import org.twinningregistry.importexport.format.SchemaField;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * Writes rows under a sheet's header: each value as the CSV export writes it
 * ({@link Cells}), as a text cell, or as a number cell in a numeric column when the
 * number reads back as the same text. An empty value leaves the cell out.
 */
final class SheetWriter {

	private final SXSSFSheet sheet;

	private final TableSchema table;

	private final SheetLayout layout;

	private int next = 1;

	SheetWriter(SXSSFSheet sheet, TableSchema table, SheetLayout layout) {
		this.sheet = sheet;
		this.table = table;
		this.layout = layout;
	}

	/** Writes a row: one value per column, in the schema's order. */
	void row(List<@Nullable Object> values) {
		if (values.size() != this.table.fields().size()) {
			throw new IllegalArgumentException(
					"expected " + this.table.fields().size() + " values, got " + values.size());
		}
		SXSSFRow row = this.sheet.createRow(this.next++);
		for (int i = 0; i < values.size(); i++) {
			String text = Cells.of(values.get(i));
			if (text.isEmpty()) {
				continue;
			}
			SXSSFCell cell = row.createCell(i);
			SchemaField field = this.table.fields().get(i);
			Double number = SheetLayout.isText(field) ? null : exactNumber(text);
			if (number != null) {
				cell.setCellValue(number);
			}
			else {
				cell.setCellValue(text);
				cell.setCellStyle(this.layout.text());
			}
		}
	}

	/** The number, if a spreadsheet's double holds it exactly. */
	private static @Nullable Double exactNumber(String text) {
		try {
			double number = Double.parseDouble(text);
			return (BigDecimal.valueOf(number).compareTo(new BigDecimal(text)) == 0) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
