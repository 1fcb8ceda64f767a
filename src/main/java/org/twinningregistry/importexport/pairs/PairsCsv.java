package org.twinningregistry.importexport.pairs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Reads a pairs list: CSV with the header {@code city1,country1,city2,country2} and,
 * optionally, {@code signed} (the year or date of each agreement). A leading byte-order
 * mark is ignored.
 */
public final class PairsCsv {

	static final List<String> COLUMNS = List.of("city1", "country1", "city2", "country2");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setIgnoreHeaderCase(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private PairsCsv() {
	}

	/**
	 * One row of the list.
	 *
	 * @param line the line in the file
	 * @param signed the row's signing date, if given
	 */
	public record Row(int line, String city1, String country1, String city2, String country2, @Nullable String signed) {

	}

	/**
	 * @throws MalformedPackageException if it is not CSV or lacks a column
	 */
	public static List<Row> read(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : COLUMNS) {
				if (header.keySet().stream().noneMatch(h -> h.equalsIgnoreCase(column))) {
					throw new MalformedPackageException("import.pairs.column.missing", column);
				}
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new Row((int) record.getRecordNumber() + 1, cell(record, "city1"), cell(record, "country1"),
						cell(record, "city2"), cell(record, "country2"),
						header.keySet().stream().anyMatch("signed"::equalsIgnoreCase)
								? blankToNull(cell(record, "signed")) : null));
			}
			return rows;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new MalformedPackageException("import.pairs.malformed", ex.getMessage());
		}
	}

	private static String cell(CSVRecord record, String column) {
		return record.isSet(column) ? record.get(column) : "";
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
