package org.twinningregistry.importexport.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.TableSchema;

/**
 * Reads one CSV file of the data package (RFC 4180, UTF-8, an optional byte-order mark)
 * into rows that know their line: the line a text editor shows, so a quoted cell that
 * spans lines moves the count on. Checks the header against the table's columns and the
 * ids for duplicates.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private CsvTable() {
	}

	/**
	 * @return the data rows; empty when the file cannot be read as text
	 * @throws MalformedCsvException if the file is not CSV
	 */
	public static List<CsvRow> read(TableSchema schema, byte[] bytes, Findings findings) {
		String file = schema.fileName();
		String text = decode(bytes);
		if (text == null) {
			findings.error(file, null, null, null, "import.file.encoding");
			return List.of();
		}
		LineIndex lines = new LineIndex(text);
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				findings.error(file, null, null, null, "import.file.no-header");
				return List.of();
			}
			List<String> header = header(schema, records.next(), findings);
			List<CsvRow> rows = new ArrayList<>();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int line = lines.lineOf(record.getCharacterPosition());
				CsvRow row = row(file, line, header, record, findings);
				if (row != null) {
					rows.add(row);
				}
			}
			markDuplicateIds(rows);
			return rows;
		}
		catch (UncheckedIOException | IllegalStateException | IOException ex) {
			throw new MalformedCsvException(file, parserLine(ex), String.valueOf(ex.getMessage()), ex);
		}
	}

	private static List<String> header(TableSchema schema, CSVRecord record, Findings findings) {
		String file = schema.fileName();
		List<String> header = new ArrayList<>();
		for (String cell : record) {
			String name = cell.strip();
			if (schema.field(name).isEmpty()) {
				findings.error(file, 1, name, cell, "import.column.unknown", name, String.join(", ", schema.columns()));
			}
			else if (header.contains(name)) {
				findings.error(file, 1, name, cell, "import.column.duplicate", name);
			}
			header.add(name);
		}
		schema.fields()
			.stream()
			.filter(field -> field.required() && !header.contains(field.name()))
			.forEach(field -> findings.error(file, 1, field.name(), null, "import.column.missing", field.name()));
		return header;
	}

	private static @Nullable CsvRow row(String file, int line, List<String> header, CSVRecord record,
			Findings findings) {
		if (record.size() != header.size()) {
			findings.error(file, line, null, null, "import.row.cells", record.size(), header.size());
			return null;
		}
		Map<String, String> cells = new LinkedHashMap<>();
		boolean blank = true;
		for (int i = 0; i < header.size(); i++) {
			cells.putIfAbsent(header.get(i), record.get(i));
			blank &= record.get(i).isBlank();
		}
		return blank ? null : new CsvRow(file, line, cells, findings);
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

	private static @Nullable String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static long parserLine(Exception ex) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)")
			.matcher(String.valueOf(ex.getMessage()));
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	/** Where each line of a text starts: a line ends at LF, CR LF or a lone CR. */
	private static final class LineIndex {

		private final List<Long> starts = new ArrayList<>();

		LineIndex(String text) {
			this.starts.add(0L);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
					this.starts.add(i + 1L);
				}
			}
		}

		int lineOf(long position) {
			int index = java.util.Collections.binarySearch(this.starts, position);
			return (index >= 0) ? index + 1 : -index - 1;
		}

	}

}
