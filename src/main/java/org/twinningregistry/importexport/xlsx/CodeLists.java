package org.twinningregistry.importexport.xlsx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.SchemaField;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * The hidden {@code codes} sheet: one column per code list of the data package (each
 * coded column's codes, and the country codes), headed by the column's name. The
 * drop-down lists of the table sheets point into it, so that lists longer than a
 * validation formula may hold (the countries) work the same as short ones.
 */
final class CodeLists {

	static final String COUNTRY = "country";

	private final Map<String, List<String>> lists = new LinkedHashMap<>();

	CodeLists(List<String> countries) {
		for (TableSchema table : DataPackageSchema.TABLES) {
			for (SchemaField field : table.fields()) {
				if (!field.codes().isEmpty()) {
					this.lists.putIfAbsent(field.name(), field.codes());
				}
			}
		}
		if (!countries.isEmpty()) {
			this.lists.put(COUNTRY, List.copyOf(countries));
		}
	}

	/** The longest list. */
	int longest() {
		return this.lists.values().stream().mapToInt(List::size).max().orElse(0);
	}

	/**
	 * The cells of the codes sheet a column's drop-down list offers, as a formula, or
	 * {@code null} when the column takes no code.
	 */
	@Nullable String formula(String column) {
		List<String> names = List.copyOf(this.lists.keySet());
		int index = names.indexOf(column);
		if (index < 0) {
			return null;
		}
		String letter = CellReference.convertNumToColString(index);
		return WorkbookSheets.CODES + "!$" + letter + "$2:$" + letter + "$" + (this.lists.get(column).size() + 1);
	}

	/** Writes the codes sheet, last and hidden. */
	void write(SXSSFWorkbook workbook) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookSheets.CODES);
		List<List<String>> columns = List.copyOf(this.lists.values());
		SXSSFRow header = sheet.createRow(0);
		int column = 0;
		for (String name : this.lists.keySet()) {
			header.createCell(column++).setCellValue(name);
		}
		for (int row = 0; row < longest(); row++) {
			SXSSFRow cells = sheet.createRow(row + 1);
			for (int i = 0; i < columns.size(); i++) {
				if (row < columns.get(i).size()) {
					cells.createCell(i).setCellValue(columns.get(i).get(row));
				}
			}
		}
		workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
	}

}
