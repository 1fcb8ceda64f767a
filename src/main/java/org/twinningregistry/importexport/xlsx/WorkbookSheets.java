package org.twinningregistry.importexport.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.csv.CsvRow;
import org.twinningregistry.importexport.csv.Findings;
import org.twinningregistry.importexport.csv.RowCells;
import org.twinningregistry.importexport.csv.TableRows;
import org.twinningregistry.importexport.csv.TableSource;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * The sheets of a workbook to import, named as the tables ({@code governments},
 * {@code agreements}, {@code engagements}), and the names of any other sheets (errors of
 * the import, except the template's {@code codes} sheet and a README). Errors name the
 * sheet as their file and the spreadsheet's row number as their line.
 */
public final class WorkbookSheets implements TableSource {

	/** The template's hidden sheet of code lists. */
	static final String CODES = "codes";

	private final Map<String, List<RowCells>> tables;

	private final List<String> unknownSheets;

	WorkbookSheets(Map<String, List<RowCells>> tables, List<String> unknownSheets) {
		this.tables = new LinkedHashMap<>(tables);
		this.unknownSheets = List.copyOf(unknownSheets);
	}

	/** Whether a sheet of this name may sit in a workbook without being read. */
	static boolean isAllowed(String sheet) {
		return sheet.equals(CODES) || sheet.toUpperCase(Locale.ROOT).startsWith("README");
	}

	public List<String> unknownSheets() {
		return this.unknownSheets;
	}

	@Override
	public void reportStrays(Findings findings) {
		this.unknownSheets.forEach(name -> findings.error(name, null, null, null, "import.sheet.unknown", name, CODES));
	}

	@Override
	public @Nullable String name(TableSchema table) {
		return this.tables.containsKey(table.name()) ? table.name() : null;
	}

	@Override
	public List<CsvRow> rows(TableSchema table, Findings findings) {
		return TableRows.read(table, table.name(), evened(this.tables.getOrDefault(table.name(), List.of())), findings);
	}

	/**
	 * Rows from the first filled one (the header) on, as wide as the header: a
	 * spreadsheet leaves out a row's empty trailing cells, which CSV would write.
	 */
	private static List<RowCells> evened(List<RowCells> rows) {
		List<RowCells> filled = rows.stream().dropWhile(RowCells::blank).toList();
		List<RowCells> evened = new ArrayList<>(filled.size());
		int width = filled.isEmpty() ? 0 : filled.get(0).cells().size();
		for (RowCells row : filled) {
			if (row.cells().size() >= width || evened.isEmpty()) {
				evened.add(row);
				continue;
			}
			List<String> cells = new ArrayList<>(row.cells());
			while (cells.size() < width) {
				cells.add("");
			}
			evened.add(new RowCells(row.line(), cells));
		}
		return evened;
	}

}
