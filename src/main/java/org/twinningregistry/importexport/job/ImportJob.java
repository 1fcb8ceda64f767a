package org.twinningregistry.importexport.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.ImportJobId;
import org.twinningregistry.importexport.ImportJobStatus;
import org.twinningregistry.importexport.ImportJobSummary;
import org.twinningregistry.importexport.ImportProgress;
import org.twinningregistry.importexport.ImportReport;

/**
 * One import run in the background, and the progress listener of that import: the worker
 * moves it from queued to running to an end, the importer counts rows into it, and a
 * cancellation sets the flag the importer checks between rows. Safe to read from any
 * thread while the worker writes it.
 */
public final class ImportJob implements ImportProgress {

	private final ImportJobId id;

	private final String owner;

	private final boolean dryRun;

	private final Clock clock;

	private final Instant submitted;

	private final AtomicLong rowsDone = new AtomicLong();

	private volatile @Nullable Long rowsTotal;

	private volatile boolean cancelRequested;

	private ImportJobStatus status = ImportJobStatus.QUEUED;

	private @Nullable Instant started;

	private @Nullable Instant finished;

	private @Nullable ImportReport report;

	private @Nullable String problemCode;

	private @Nullable String problem;

	public ImportJob(ImportJobId id, String owner, boolean dryRun, Clock clock) {
		this.id = id;
		this.owner = owner;
		this.dryRun = dryRun;
		this.clock = clock;
		this.submitted = clock.instant();
	}

	public ImportJobId id() {
		return this.id;
	}

	/** The name of the curator who submitted it. */
	public String owner() {
		return this.owner;
	}

	/**
	 * Marks the job running.
	 * @return false when it was cancelled while it waited, and must not run
	 */
	public synchronized boolean start() {
		if (this.status != ImportJobStatus.QUEUED) {
			return false;
		}
		this.status = ImportJobStatus.RUNNING;
		this.started = this.clock.instant();
		return true;
	}

	/** Ends the job with the import's report. */
	public synchronized void succeed(ImportReport report) {
		this.report = report;
		end(report.rejected() ? ImportJobStatus.REJECTED : ImportJobStatus.SUCCEEDED);
	}

	/** Ends the job as stopped on request. */
	public synchronized void cancelled() {
		end(ImportJobStatus.CANCELLED);
	}

	/** Ends the job as broken, with why. */
	public synchronized void fail(String code, String message) {
		this.problemCode = code;
		this.problem = message;
		end(ImportJobStatus.FAILED);
	}

	/**
	 * Asks the job to stop: a queued job ends at once, a running one at its next row
	 * (rolling back), an ended one stays as it is.
	 */
	public synchronized void cancel() {
		if (this.status == ImportJobStatus.QUEUED) {
			end(ImportJobStatus.CANCELLED);
		}
		else if (this.status == ImportJobStatus.RUNNING) {
			this.cancelRequested = true;
		}
	}

	public synchronized boolean finished() {
		return this.status.finished();
	}

	@Override
	public void total(long rows) {
		this.rowsTotal = rows;
	}

	@Override
	public void rowsDone(int rows) {
		this.rowsDone.addAndGet(rows);
	}

	@Override
	public boolean cancelRequested() {
		return this.cancelRequested;
	}

	/** What the job has done so far. */
	public synchronized ImportJobSummary summary() {
		ImportPace pace = pace();
		return new ImportJobSummary(this.id, this.status, this.dryRun, pace.rowsDone(), pace.rowsTotal(),
				pace.rowsPerSecond(), this.status.finished() ? null : pace.secondsLeft(), this.submitted, this.started,
				this.finished, this.report, this.problemCode, this.problem);
	}

	private ImportPace pace() {
		Instant from = this.started;
		Instant to = (this.finished != null) ? this.finished : this.clock.instant();
		Duration elapsed = (from != null) ? Duration.between(from, to) : Duration.ZERO;
		return new ImportPace(this.rowsDone.get(), this.rowsTotal, elapsed);
	}

	private void end(ImportJobStatus end) {
		this.status = end;
		this.finished = this.clock.instant();
	}

}
