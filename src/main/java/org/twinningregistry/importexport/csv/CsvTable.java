package org.twinningregistry.importexport.csv;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.format.TableSchema;

/**
 * Reads one CSV file of the data package (RFC 4180, UTF-8, an optional byte-order mark)
 * into rows that know their line: the line a text editor shows, so a quoted cell that
 * spans lines moves the count on. The file is read as a stream, twice: once to check its
 * encoding and count its rows (so that progress knows the total), then row by row as the
 * import goes, parsed a little ahead on a thread of its own ({@link ReadAhead}); only a
 * few chunks of rows and the ids seen are held. {@link TableRows} checks the header
 * against the table's columns and the ids for duplicates.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/**
	 * The line in the parser's message: "… at line: 5,002, position: …" (the number
	 * grouped as the default locale groups it).
	 */
	private static final Pattern PARSER_LINE = Pattern.compile("line:? (\\d[\\d,.'\\u00a0\\u202f]*)");

	private static final int BUFFER = 1 << 16;

	/**
	 * The most cells a row may have: no table has a tenth of it, and the parser would
	 * hold every cell of a wider row (a header of millions of columns) at once.
	 */
	static final int MAX_CELLS = 1000;

	/** The most characters a row may have: some 250 times the longest text allowed. */
	static final int MAX_ROW_CHARS = 1_000_000;

	private CsvTable() {
	}

	/**
	 * @return the data rows; empty when the file cannot be read as text
	 * @throws MalformedCsvException if the file is not CSV
	 */
	public static List<CsvRow> read(TableSchema schema, byte[] bytes, Findings findings) {
		List<CsvRow> rows = new ArrayList<>();
		stream(schema, () -> new ByteArrayInputStream(bytes), findings).forEach(rows::add);
		return rows;
	}

	/**
	 * Checks the file's encoding and the size of its rows, and counts them, now; reads
	 * the rows when the stream is walked.
	 * @return the data rows; none when the file cannot be read as text or has a row wider
	 * or longer than any table's (an error)
	 * @throws MalformedCsvException if the file is not CSV, when the rows are walked
	 */
	public static TableStream stream(TableSchema schema, CsvContent content, Findings findings) {
		String file = schema.fileName();
		long rows;
		try {
			rows = count(content);
		}
		catch (CharacterCodingException ex) {
			findings.error(file, null, null, null, "import.file.encoding");
			return TableStream.of(List.of());
		}
		catch (RowTooLargeException ex) {
			findings.error(file, ex.line, null, null, "import.row.too-large", MAX_CELLS, MAX_ROW_CHARS);
			return TableStream.of(List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TableStream(rows, each -> walk(schema, content, findings, each));
	}

	private static void walk(TableSchema schema, CsvContent content, Findings findings, Consumer<CsvRow> each) {
		String file = schema.fileName();
		TableRows table = new TableRows(schema, file, findings);
		try (ReadAhead records = ReadAhead.start(file, sink -> parse(content, sink))) {
			for (List<RowCells> chunk = next(records, file); chunk != null; chunk = next(records, file)) {
				for (RowCells cells : chunk) {
					CsvRow row = table.next(cells);
					if (row != null) {
						each.accept(row);
					}
				}
			}
			table.end();
		}
	}

	/**
	 * The next rows parsed; what the parser failed on is a malformed file (what the
	 * consumer of the rows throws is its own).
	 */
	private static @Nullable List<RowCells> next(ReadAhead records, String file) {
		try {
			return records.next();
		}
		catch (UncheckedIOException | IllegalStateException | IOException ex) {
			throw new MalformedCsvException(file, parserLine(ex), String.valueOf(ex.getMessage()), ex);
		}
	}

	/** Parses the file's records, with their lines (on the read-ahead thread). */
	private static void parse(CsvContent content, ReadAhead.Sink sink) throws IOException, InterruptedException {
		try (LineCounter lines = new LineCounter(text(content.open()));
				CSVParser parser = CSVParser.builder().setReader(lines).setFormat(FORMAT).get()) {
			for (CSVRecord record : parser) {
				sink.accept(new RowCells(lines.lineOf(record.getCharacterPosition()), record.toList()));
			}
		}
	}

	/**
	 * The file's records but the header: line ends outside quotes that close a line with
	 * something on it (the parser skips empty lines).
	 * @throws CharacterCodingException if the file is not UTF-8
	 * @throws RowTooLargeException at the first record of more than {@link #MAX_CELLS}
	 * cells or {@link #MAX_ROW_CHARS} characters, before the parser holds it
	 */
	private static long count(CsvContent content) throws IOException {
		long records = 0;
		boolean quoted = false;
		boolean filled = false;
		int cells = 1;
		int chars = 0;
		int line = 1;
		boolean afterCr = false;
		char[] buffer = new char[BUFFER];
		try (Reader reader = text(content.open())) {
			for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
				for (int i = 0; i < n; i++) {
					char c = buffer[i];
					line += (c == '\n' || afterCr) ? 1 : 0;
					afterCr = (c == '\r');
					if (c == '"') {
						quoted = !quoted;
					}
					if (!quoted && (c == '\n' || c == '\r')) {
						records += filled ? 1 : 0;
						filled = false;
						cells = 1;
						chars = 0;
						continue;
					}
					filled = true;
					cells += (!quoted && c == ',') ? 1 : 0;
					if (cells > MAX_CELLS || ++chars > MAX_ROW_CHARS) {
						throw new RowTooLargeException(line);
					}
				}
			}
		}
		records += filled ? 1 : 0;
		return Math.max(0, records - 1);
	}

	/** The bytes as UTF-8 text, strictly, without a leading byte-order mark. */
	private static Reader text(InputStream in) throws IOException {
		PushbackReader reader = new PushbackReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				1);
		int first = reader.read();
		if (first >= 0 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

	private static long parserLine(Exception ex) {
		Matcher m = PARSER_LINE.matcher(String.valueOf(ex.getMessage()));
		return m.find() ? Long.parseLong(m.group(1).replaceAll("\\D", "")) : 0;
	}

	/** A record too wide or too long to parse, and the line where it got so. */
	private static final class RowTooLargeException extends IOException {

		private final int line;

		RowTooLargeException(int line) {
			super("row too large at line " + line);
			this.line = line;
		}

	}

	/**
	 * Notes where each line starts as the text is read, so that a record's character
	 * position gives its line: a line ends at LF, CR LF or a lone CR. Only the starts
	 * read ahead of the last record asked about are kept.
	 */
	private static final class LineCounter extends FilterReader {

		private final ArrayDeque<Long> starts = new ArrayDeque<>();

		private long position;

		private boolean afterCr;

		private int linesBefore;

		LineCounter(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c < 0) {
				end();
			}
			else {
				see((char) c);
			}
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n < 0) {
				end();
			}
			for (int i = 0; i < n; i++) {
				see(buffer[offset + i]);
			}
			return n;
		}

		private void see(char c) {
			if (this.afterCr && c != '\n') {
				this.starts.add(this.position);
			}
			this.afterCr = (c == '\r');
			this.position++;
			if (c == '\n') {
				this.starts.add(this.position);
			}
		}

		private void end() {
			if (this.afterCr) {
				this.starts.add(this.position);
				this.afterCr = false;
			}
		}

		/** The line of a character position, the first line being 1; asked in order. */
		int lineOf(long characterPosition) {
			while (!this.starts.isEmpty() && this.starts.peekFirst() <= characterPosition) {
				this.starts.pollFirst();
				this.linesBefore++;
			}
			return this.linesBefore + 1;
		}

	}

}
