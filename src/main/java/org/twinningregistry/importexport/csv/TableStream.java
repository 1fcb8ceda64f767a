package org.twinningregistry.importexport.csv;

import java.util.List;
import java.util.function.Consumer;

/**
 * The data rows of a table, handed on one at a time (a large CSV file is read as it goes,
 * never held whole), and how many there are, counted ahead.
 */
public final class TableStream {

	private final long rows;

	private final Consumer<Consumer<CsvRow>> walk;

	/**
	 * @param rows how many data rows the table holds (a count made ahead: it may include
	 * a few blank rows that are then skipped)
	 * @param walk hands every row to the consumer, in order
	 */
	public TableStream(long rows, Consumer<Consumer<CsvRow>> walk) {
		this.rows = rows;
		this.walk = walk;
	}

	/** Rows already read. */
	public static TableStream of(List<CsvRow> rows) {
		return new TableStream(rows.size(), rows::forEach);
	}

	public long rows() {
		return this.rows;
	}

	/** Hands every row to the consumer, in order; read once. */
	public void forEach(Consumer<CsvRow> each) {
		this.walk.accept(each);
	}

}
