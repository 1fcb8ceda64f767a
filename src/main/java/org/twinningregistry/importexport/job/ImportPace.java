package org.twinningregistry.importexport.job;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How fast an import goes: rows done in the time it has run, and what that leaves.
 *
 * @param rowsDone rows checked or written so far
 * @param rowsTotal rows of the whole package, {@code null} until every table is read
 * @param elapsed how long the import has run
 */
public record ImportPace(long rowsDone, @Nullable Long rowsTotal, Duration elapsed) {

	/** Rows per second so far, 0 before the first row. */
	public double rowsPerSecond() {
		long millis = this.elapsed.toMillis();
		return (millis > 0) ? this.rowsDone * 1000.0 / millis : 0;
	}

	/** Estimated seconds left at the pace so far, {@code null} while unknown. */
	public @Nullable Long secondsLeft() {
		double rate = rowsPerSecond();
		if (this.rowsTotal == null || rate <= 0) {
			return null;
		}
		return Math.round(Math.max(0, this.rowsTotal - this.rowsDone) / rate);
	}

}
