package org.twinningregistry.importexport.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.importexport.job.ImportPace;

/**
 * Writes how far a command-line import has got to the log, every few seconds while rows
 * go by: rows done of the total, rows per second and the time left at that pace. It is
 * called on the import's own thread, so it needs no timer.
 */
final class ImportProgressLog implements ImportProgress {

	static final Duration EVERY = Duration.ofSeconds(5);

	private final Logger log;

	private final String what;

	private final Clock clock;

	private final Instant started;

	private Instant logged;

	private long done;

	private @Nullable Long total;

	ImportProgressLog(Logger log, String what, Clock clock) {
		this.log = log;
		this.what = what;
		this.clock = clock;
		this.started = clock.instant();
		this.logged = this.started;
	}

	@Override
	public void total(long rows) {
		this.total = rows;
		this.log.info("{}: {} rows to check", this.what, rows);
	}

	@Override
	public void rowsDone(int rows) {
		this.done += rows;
		Instant now = this.clock.instant();
		if (Duration.between(this.logged, now).compareTo(EVERY) >= 0) {
			this.logged = now;
			ImportPace pace = new ImportPace(this.done, this.total, Duration.between(this.started, now));
			this.log.info("{}: {} of {} rows, {} rows/s, about {} s left", this.what, this.done, this.total,
					String.format(Locale.ROOT, "%.1f", pace.rowsPerSecond()), pace.secondsLeft());
		}
	}

}
