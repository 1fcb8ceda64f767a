package org.twinningregistry.importexport.job;

import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.importexport.report.ImportProgress;

/**
 * A job running on this instance, and the progress listener of its import: the importer
 * counts rows into it and, between rows, asks whether to stop; the instance's heartbeat
 * writes the counts to the database and raises the stop flag when someone, on any
 * instance, cancelled the job. Safe to read from any thread while the worker writes it.
 */
public final class ImportJob implements ImportProgress {

	private final ImportJobId id;

	private final AtomicLong rowsDone = new AtomicLong();

	private volatile @Nullable Long rowsTotal;

	private volatile boolean stop;

	public ImportJob(ImportJobId id) {
		this.id = id;
	}

	public ImportJobId id() {
		return this.id;
	}

	/** Asks the import to stop before its next row, rolling back what it wrote. */
	public void stop() {
		this.stop = true;
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
		return this.stop;
	}

	public long done() {
		return this.rowsDone.get();
	}

	public @Nullable Long rowsTotal() {
		return this.rowsTotal;
	}

}
