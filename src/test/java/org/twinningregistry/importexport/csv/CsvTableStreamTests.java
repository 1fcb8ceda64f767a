package org.twinningregistry.importexport.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.twinningregistry.importexport.report.ImportCancelledException;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.TableSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A streamed CSV file is parsed ahead on a thread of its own: rows still come in file
 * order with their lines, a broken record far into the file is reported at its line, and
 * an import that stops reading stops the parser, which closes the file.
 */
class CsvTableStreamTests {

	private static final TableSchema TABLE = DataPackageSchema.ENGAGEMENTS;

	/**
	 * Each stream of the file opened (to count its rows, to read them): whether closed.
	 */
	private final List<AtomicBoolean> streams = new CopyOnWriteArrayList<>();

	@Test
	void refusesARowWiderOrLongerThanAnyTableBeforeParsingIt() {
		// given: a row of too many cells on line 4 (after a quoted cell over two lines),
		// and a cell whose quote never closes
		StringBuilder wide = header().append(row(1, "\"two\nlines\"")).append("e2");
		wide.append(",".repeat(CsvTable.MAX_CELLS)).append('\n').append(row(3, "fine"));
		StringBuilder open = header().append("e1,a,2015,CULTURE,BOTH,\"");
		open.append("x".repeat(CsvTable.MAX_ROW_CHARS));
		Findings wideFindings = new Findings();
		Findings openFindings = new Findings();

		// when
		TableStream wideRows = stream(wide, wideFindings);
		TableStream openRows = stream(open, openFindings);
		List<CsvRow> read = new ArrayList<>();
		wideRows.forEach(read::add);
		openRows.forEach(read::add);

		// then
		assertThat(wideFindings.errors()).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo("import.row.too-large");
			assertThat(error.line()).isEqualTo(4);
		});
		assertThat(openFindings.errors()).singleElement()
			.satisfies(error -> assertThat(error.code()).isEqualTo("import.row.too-large"));
		assertThat(read).isEmpty();
		assertThat(fileStillOpen()).isFalse();
	}

	@Test
	void keepsTheFirstErrorsAndCountsEveryOne() {
		// given: every row of the wrong width
		StringBuilder csv = header();
		for (int i = 1; i <= 50; i++) {
			csv.append("e").append(i).append(",too,few\n");
		}
		Findings findings = new Findings(10);

		// when
		stream(csv, findings).forEach(row -> {
		});

		// then
		assertThat(findings.errors()).hasSize(10);
		assertThat(findings.errors().get(9).line()).isEqualTo(11);
		assertThat(findings.errorCount()).isEqualTo(50);
		assertThat(findings.hasErrors()).isTrue();
	}

	@Test
	void handsOnEveryRowInOrderWithItsLine() {
		// given: many chunks' worth of rows, one with a cell over two lines
		StringBuilder csv = header();
		int rows = 20 * ReadAhead.CHUNK + 7;
		for (int i = 1; i <= rows; i++) {
			csv.append(row(i, (i == 3) ? "\"two\nlines\"" : "title " + i));
		}
		Findings findings = new Findings();
		TableStream stream = stream(csv, findings);

		// when
		List<CsvRow> read = new ArrayList<>();
		stream.forEach(read::add);

		// then
		assertThat(stream.rows()).isEqualTo(rows);
		assertThat(read).hasSize(rows);
		assertThat(read.get(0).text("id")).isEqualTo("e1");
		assertThat(read.get(2).text("title")).isEqualTo("two\nlines");
		assertThat(read.get(3).line()).isEqualTo(6);
		assertThat(read.get(rows - 1).text("id")).isEqualTo("e" + rows);
		assertThat(read.get(rows - 1).line()).isEqualTo(rows + 2);
		assertThat(findings.errors()).isEmpty();
		assertThat(fileStillOpen()).isFalse();
	}

	@Test
	void aBrokenRecordFarIntoTheFileIsMalformedAtItsLine() {
		// given: a stray character after a closing quote on line 5,002
		StringBuilder csv = header();
		for (int i = 1; i <= 6000; i++) {
			csv.append(row(i, (i == 5001) ? "\"closed\"x" : "title"));
		}
		TableStream stream = stream(csv, new Findings());
		List<CsvRow> read = new ArrayList<>();

		// when / then: every row before it was handed on
		assertThatExceptionOfType(MalformedCsvException.class).isThrownBy(() -> stream.forEach(read::add))
			.satisfies(ex -> assertThat(ex.line()).as(ex.getMessage()).isEqualTo(5002));
		assertThat(read).hasSize(5000);
		assertThat(fileStillOpen()).isFalse();
	}

	@Test
	void anImportThatStopsStopsTheParser() {
		// given
		StringBuilder csv = header();
		for (int i = 1; i <= 50_000; i++) {
			csv.append(row(i, "title"));
		}
		TableStream stream = stream(csv, new Findings());

		// when: the import gives up (a cancel, a killed job) after a few rows
		List<CsvRow> read = new ArrayList<>();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> stream.forEach(row -> {
			read.add(row);
			if (read.size() == 1200) {
				throw new IllegalStateException("cancelled");
			}
		})).withMessage("cancelled");

		// then
		assertThat(read).hasSize(1200);
		assertThat(fileStillOpen()).isFalse();
	}

	@Test
	void anInterruptedImportIsCancelledNotMalformed() throws InterruptedException {
		// given
		StringBuilder csv = header();
		for (int i = 1; i <= 50_000; i++) {
			csv.append(row(i, "title"));
		}
		TableStream stream = stream(csv, new Findings());

		// when: the import's thread is told to stop while it reads
		List<CsvRow> read = new ArrayList<>();
		try {
			assertThatExceptionOfType(ImportCancelledException.class).isThrownBy(() -> stream.forEach(row -> {
				read.add(row);
				if (read.size() == ReadAhead.CHUNK) {
					Thread.currentThread().interrupt();
				}
			}));
		}
		finally {
			Thread.interrupted();
		}

		// then: it stopped at the end of the chunk of rows it was reading
		assertThat(read.size()).isBetween(ReadAhead.CHUNK, 2 * ReadAhead.CHUNK);
		for (int waited = 0; fileStillOpen() && waited < 100; waited++) {
			Thread.sleep(50);
		}
		assertThat(fileStillOpen()).isFalse();
	}

	private static StringBuilder header() {
		return new StringBuilder(String.join(",", TABLE.columns())).append('\n');
	}

	private static String row(int i, String title) {
		List<String> cells = new ArrayList<>();
		for (String column : TABLE.columns()) {
			cells.add(switch (column) {
				case "id" -> "e" + i;
				case "agreement" -> "a";
				case "year" -> "2020";
				case "category" -> "CULTURE";
				case "origin" -> "BOTH";
				case "title" -> title;
				default -> "";
			});
		}
		return String.join(",", cells) + "\n";
	}

	private TableStream stream(StringBuilder csv, Findings findings) {
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		return CsvTable.stream(TABLE, () -> {
			AtomicBoolean closed = new AtomicBoolean();
			this.streams.add(closed);
			return new ByteArrayInputStream(bytes) {
				@Override
				public void close() {
					closed.set(true);
				}
			};
		}, findings);
	}

	private boolean fileStillOpen() {
		return this.streams.isEmpty() || this.streams.stream().anyMatch(closed -> !closed.get());
	}

}
