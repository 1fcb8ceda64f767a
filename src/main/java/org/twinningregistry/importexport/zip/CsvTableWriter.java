package org.twinningregistry.importexport.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.twinningregistry.importexport.format.Cells;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * Writes one table as RFC 4180 CSV (UTF-8 without byte-order mark, CRLF line ends, quotes
 * only where needed) with the spec's columns in the spec's order. It does not close the
 * stream it writes to, so that the ZIP goes on with its next entry.
 */
final class CsvTableWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private final CSVPrinter printer;

	private final int columns;

	CsvTableWriter(TableSchema schema, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
		this.printer = new CSVPrinter(writer, FORMAT);
		this.columns = schema.fields().size();
		this.printer.printRecord(schema.columns());
	}

	/** Writes a row: one value per column, in the schema's order. */
	void row(Object... values) {
		if (values.length != this.columns) {
			throw new IllegalArgumentException("expected " + this.columns + " values, got " + values.length);
		}
		try {
			this.printer.printRecord(Arrays.stream(values).map(Cells::of).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void finish() throws IOException {
		this.printer.flush();
	}

	private static final class NonClosingOutputStream extends java.io.FilterOutputStream {

		NonClosingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
