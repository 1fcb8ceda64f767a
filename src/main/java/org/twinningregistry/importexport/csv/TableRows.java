package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.TableSchema;

/**
 * Turns the rows of a table, however they were read (a CSV file, a spreadsheet's sheet),
 * into {@link CsvRow}s: the first row is the header, checked against the table's columns;
 * blank rows are skipped; ids are checked for duplicates. Every source thus shares the
 * same rules and messages. Rows go through one at a time, so that a large file is never
 * held whole: only its ids are kept, with the line each was first seen on (about 100
 * bytes a row for ids of about ten characters).
 */
public final class TableRows {

	private final TableSchema schema;

	private final String file;

	private final Findings findings;

	private final Map<String, Integer> firstLines = new HashMap<>();

	private @Nullable List<String> header;

	/**
	 * @param schema the table
	 * @param file the name errors give: a file name or a sheet name
	 */
	public TableRows(TableSchema schema, String file, Findings findings) {
		this.schema = schema;
		this.file = file;
		this.findings = findings;
	}

	/**
	 * @param schema the table
	 * @param file the name errors give: a file name or a sheet name
	 * @param records the header row, then the data rows
	 * @return the data rows that are not blank
	 */
	public static List<CsvRow> read(TableSchema schema, String file, List<RowCells> records, Findings findings) {
		TableRows table = new TableRows(schema, file, findings);
		List<CsvRow> rows = new ArrayList<>();
		for (RowCells record : records) {
			CsvRow row = table.next(record);
			if (row != null) {
				rows.add(row);
			}
		}
		table.end();
		return rows;
	}

	/**
	 * Takes the next row of the table: the first is the header.
	 * @return the data row, or {@code null} for the header, a blank row or a row of the
	 * wrong width (an error)
	 */
	public @Nullable CsvRow next(RowCells record) {
		if (this.header == null) {
			this.header = header(record);
			return null;
		}
		CsvRow row = row(this.header, record);
		if (row != null) {
			checkDuplicate(row);
		}
		return row;
	}

	/** Ends the table: a table without even a header row is an error. */
	public void end() {
		if (this.header == null) {
			this.findings.error(this.file, null, null, null, "import.file.no-header");
		}
	}

	private List<String> header(RowCells record) {
		List<String> header = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String columns = String.join(", ", this.schema.columns());
		for (String cell : record.cells()) {
			String name = cell.strip();
			if (this.schema.field(name).isEmpty()) {
				this.findings.error(this.file, record.line(), name, cell, "import.column.unknown", name, columns);
			}
			else if (!seen.add(name)) {
				this.findings.error(this.file, record.line(), name, cell, "import.column.duplicate", name);
			}
			header.add(name);
		}
		this.schema.fields()
			.stream()
			.filter(field -> field.required() && !seen.contains(field.name()))
			.forEach(field -> this.findings.error(this.file, record.line(), field.name(), null, "import.column.missing",
					field.name()));
		return header;
	}

	private @Nullable CsvRow row(List<String> header, RowCells record) {
		if (record.cells().size() != header.size()) {
			this.findings.error(this.file, record.line(), null, null, "import.row.cells", record.cells().size(),
					header.size());
			return null;
		}
		if (record.blank()) {
			return null;
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.putIfAbsent(header.get(i), record.cells().get(i));
		}
		return new CsvRow(this.file, record.line(), cells, this.findings);
	}

	private void checkDuplicate(CsvRow row) {
		List<String> key = new ArrayList<>();
		for (String column : this.schema.primaryKey()) {
			String value = row.text(column);
			if (value == null) {
				return;
			}
			key.add(value);
		}
		String id = String.join(" ", key);
		Integer first = this.firstLines.putIfAbsent(id, row.line());
		if (first != null) {
			String column = this.schema.primaryKey().get(this.schema.primaryKey().size() - 1);
			row.fail(column, this.schema.keyedById() ? "import.row.duplicate-id" : "import.row.duplicate-key", id,
					first);
		}
	}

}
