package org.twinningregistry.shared;

import java.util.List;

/**
 * The one bulk-write contract of every table of the data package: a module's facade opens
 * a writer for one import (in the import's transaction), which may read once what its
 * rules need, and the import hands it its rows a batch at a time. Every row is checked by
 * the same rules as a single write; a refused row writes nothing of itself and does not
 * stop the others. The writer keeps its own module's persistence context small between
 * batches: the caller never flushes or clears another module's entities.
 *
 * @param <R> one record to write (its id and values)
 */
public interface BulkWriter<R> {

	/** Rows a caller should hand over at a time. */
	int BATCH = 1000;

	/**
	 * Checks and writes a batch, in order.
	 * @return what was done with each row, at the row's index
	 * @throws org.springframework.security.access.AccessDeniedException if the caller may
	 * not write one of the rows (nothing of the import may then be kept)
	 */
	List<UpsertResult> write(List<R> batch);

}
