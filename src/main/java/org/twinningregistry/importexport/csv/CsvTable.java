package org.twinningregistry.importexport.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.TableSchema;

/**
 * Reads one CSV file of the data package (RFC 4180, UTF-8, an optional byte-order mark)
 * into rows that know their line: the line a text editor shows, so a quoted cell that
 * spans lines moves the count on. {@link TableRows} checks the header against the table's
 * columns and the ids for duplicates.
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
			List<RowCells> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				records.add(new RowCells(lines.lineOf(record.getCharacterPosition()), record.toList()));
			}
			return TableRows.read(schema, file, records, findings);
		}
		catch (UncheckedIOException | IllegalStateException | IOException ex) {
			throw new MalformedCsvException(file, parserLine(ex), String.valueOf(ex.getMessage()), ex);
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
