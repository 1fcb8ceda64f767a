package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.TableSchema;

/**
 * Turns the rows of a table, however they were read (a CSV file, a spreadsheet's sheet),
 * into {@link CsvRow}s: the first row is the header, checked against the table's columns;
 * blank rows are skipped; ids are checked for duplicates. Every source thus shares the
 * same rules and messages.
 */
public final class TableRows {

	private TableRows() {
	}

	/**
	 * @param schema the table
	 * @param file the name errors give: a file name or a sheet name
	 * @param records the header row, then the data rows
	 * @return the data rows that are not blank
	 */
	public static List<CsvRow> read(TableSchema schema, String file, List<RowCells> records, Findings findings) {
		if (records.isEmpty()) {
			findings.error(file, null, null, null, "import.file.no-header");
			return List.of();
		}
		RowCells first = records.get(0);
		List<String> header = header(schema, file, first, findings);
		List<CsvRow> rows = new ArrayList<>();
		for (RowCells record : records.subList(1, records.size())) {
			CsvRow row = row(file, header, record, findings);
			if (row != null) {
				rows.add(row);
			}
		}
		markDuplicateIds(rows);
		return rows;
	}

	private static List<String> header(TableSchema schema, String file, RowCells record, Findings findings) {
		List<String> header = new ArrayList<>();
		for (String cell : record.cells()) {
			String name = cell.strip();
			if (schema.field(name).isEmpty()) {
				findings.error(file, record.line(), name, cell, "import.column.unknown", name,
						String.join(", ", schema.columns()));
			}
			else if (header.contains(name)) {
				findings.error(file, record.line(), name, cell, "import.column.duplicate", name);
			}
			header.add(name);
		}
		schema.fields()
			.stream()
			.filter(field -> field.required() && !header.contains(field.name()))
			.forEach(field -> findings.error(file, record.line(), field.name(), null, "import.column.missing",
					field.name()));
		return header;
	}

	private static @Nullable CsvRow row(String file, List<String> header, RowCells record, Findings findings) {
		if (record.cells().size() != header.size()) {
			findings.error(file, record.line(), null, null, "import.row.cells", record.cells().size(), header.size());
			return null;
		}
		if (record.blank()) {
			return null;
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.putIfAbsent(header.get(i), record.cells().get(i));
		}
		return new CsvRow(file, record.line(), cells, findings);
	}

	private static void markDuplicateIds(List<CsvRow> rows) {
		Map<String, Integer> firstLine = new HashMap<>();
		for (CsvRow row : rows) {
			String id = row.text(TableSchema.ID);
			if (id == null) {
				continue;
			}
			Integer first = firstLine.putIfAbsent(id, row.line());
			if (first != null) {
				row.fail(TableSchema.ID, "import.row.duplicate-id", id, first);
			}
		}
	}

}
