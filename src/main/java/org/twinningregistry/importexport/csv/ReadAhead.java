package org.twinningregistry.importexport.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.report.ImportCancelledException;

/**
 * Parses a CSV file's records on a thread of its own, a few hundred rows ahead of the
 * import that checks and writes them, so that parsing and the database's work overlap.
 * Only plain cells cross over (nothing records findings there), in file order; a bounded
 * queue keeps memory to a few chunks whatever the file's size. What the parser throws is
 * thrown again by {@link #next()}; closing stops the parser and closes the file.
 */
final class ReadAhead implements AutoCloseable {

	/** Rows handed over at a time. */
	static final int CHUNK = 500;

	/** Chunks parsed ahead at most. */
	private static final int AHEAD = 8;

	private static final Object END = new Object();

	private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(AHEAD);

	private final Thread parser;

	private boolean ended;

	/** Parses records from the source, calling it on the read-ahead thread. */
	interface Source {

		/**
		 * Hands every record to the sink, in order, and closes what it opened.
		 * @throws IOException if the file cannot be read
		 * @throws InterruptedException if the read-ahead was closed meanwhile
		 */
		void parse(Sink sink) throws IOException, InterruptedException;

	}

	/** Takes the records parsed. */
	interface Sink {

		void accept(RowCells cells) throws InterruptedException;

	}

	private ReadAhead(String file, Source source) {
		this.parser = Thread.ofPlatform().daemon().name("csv-read-ahead-" + file).unstarted(() -> run(source));
	}

	/** Starts parsing the file. */
	static ReadAhead start(String file, Source source) {
		ReadAhead ahead = new ReadAhead(file, source);
		ahead.parser.start();
		return ahead;
	}

	/**
	 * The next rows, in order, waiting for the parser if need be.
	 * @return {@code null} after the last
	 * @throws IOException if reading failed (also {@link UncheckedIOException} or
	 * {@link IllegalStateException} from the parser, as it threw them)
	 */
	@SuppressWarnings("unchecked")
	@Nullable List<RowCells> next() throws IOException {
		if (this.ended) {
			return null;
		}
		Object item;
		try {
			item = this.chunks.take();
		}
		catch (InterruptedException ex) {
			// the import's thread was told to stop (not a fault of the file)
			Thread.currentThread().interrupt();
			throw new ImportCancelledException();
		}
		if (item == END) {
			this.ended = true;
			return null;
		}
		if (item instanceof IOException ex) {
			this.ended = true;
			throw ex;
		}
		if (item instanceof RuntimeException ex) {
			this.ended = true;
			throw ex;
		}
		if (item instanceof Error error) {
			this.ended = true;
			throw error;
		}
		return (List<RowCells>) item;
	}

	/** Stops the parser (if it is still going) and waits for it to close the file. */
	@Override
	public void close() {
		this.parser.interrupt();
		try {
			this.parser.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(Source source) {
		List<RowCells> chunk = new ArrayList<>(CHUNK);
		try {
			source.parse(cells -> {
				chunk.add(cells);
				if (chunk.size() == CHUNK) {
					this.chunks.put(List.copyOf(chunk));
					chunk.clear();
				}
			});
			if (!chunk.isEmpty()) {
				this.chunks.put(List.copyOf(chunk));
			}
			this.chunks.put(END);
		}
		catch (InterruptedException ex) {
			// closed early: the import stopped reading
		}
		catch (IOException | RuntimeException | Error ex) {
			// the rows before the failure first, as if read one by one
			hand(chunk.isEmpty() ? null : List.copyOf(chunk), ex);
		}
	}

	private void hand(@Nullable List<RowCells> rows, Throwable failure) {
		try {
			if (rows != null) {
				this.chunks.put(rows);
			}
			this.chunks.put(failure);
		}
		catch (InterruptedException ex) {
			// closed early: nobody waits for it
		}
	}

}
