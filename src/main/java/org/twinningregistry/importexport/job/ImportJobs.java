package org.twinningregistry.importexport.job;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.WorkbookImporter;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Runs imports in the background, as jobs a curator follows and may cancel from any
 * instance of the registry. A job runs the same all-or-nothing import as
 * {@link DataPackageImporter} and {@link WorkbookImporter}, with its submitter's
 * authority, on a worker of the submitting instance when one is free, else on the first
 * instance with a free worker ({@code registry.import.jobs.*}). The job and its uploaded
 * files are kept in the database; a cancelled job stops at its next row and rolls its one
 * transaction back, leaving nothing behind, and so does a job whose instance died, which
 * another instance marks failed. A curator sees only the jobs they submitted; the last
 * ended ones are remembered.
 */
@Service
@EnableConfigurationProperties(ImportJobSettings.class)
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final ImportJobStore store;

	private final ImportJobRunner runner;

	private final ImportJobSettings settings;

	private final Clock clock;

	private final ImportSettings limits;

	ImportJobs(ImportJobStore store, ImportJobRunner runner, ImportJobSettings settings, Clock clock,
			ImportSettings limits) {
		this.limits = limits;
		this.store = store;
		this.runner = runner;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Queues the import of a data package ZIP, checked readable first.
	 * @return the job, queued or running
	 * @throws MalformedPackageException if it is no readable package
	 * @throws ImportJobsBusyException when the queue is full
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary submitPackage(byte[] zip, ImportOptions options) {
		// unpacked to a temporary folder (within the limits) and let go at once
		DataPackageFiles.fromZip(new ByteArrayInputStream(zip), this.limits).close();
		return submit(ImportJobKind.ZIP, List.of(new StoredFile("package.zip", zip)), options);
	}

	/**
	 * Queues the import of a data package given as its CSV files, by file name.
	 * @return the job, queued or running
	 * @throws ImportJobsBusyException when the queue is full
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary submitFiles(Map<String, byte[]> files, ImportOptions options) {
		List<StoredFile> stored = files.entrySet()
			.stream()
			.map(file -> new StoredFile(file.getKey(), file.getValue()))
			.toList();
		return submit(ImportJobKind.FILES, stored, options);
	}

	/**
	 * Queues the import of a filled workbook; a workbook that cannot be read fails the
	 * job.
	 * @return the job, queued or running
	 * @throws ImportJobsBusyException when the queue is full
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary submitWorkbook(byte[] xlsx, ImportOptions options) {
		return submit(ImportJobKind.WORKBOOK, List.of(new StoredFile("workbook.xlsx", xlsx)), options);
	}

	/**
	 * The caller's job, as any instance sees it (counts of a job running elsewhere are at
	 * most one {@code registry.import.jobs.poll} old).
	 * @throws ImportJobNotFoundException when the caller submitted no such job, or it was
	 * forgotten
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary find(ImportJobId id) {
		return this.store.find(id, caller(), this.clock.instant())
			.map(this.runner::live)
			.orElseThrow(() -> new ImportJobNotFoundException(id));
	}

	/**
	 * Cancels the caller's job: a queued job ends at once, a running one stops at its
	 * next row (on another instance, within one poll of it) and writes nothing; an ended
	 * job is left as it is.
	 * @return the job as it is now (a running job still shows running for a moment)
	 * @throws ImportJobNotFoundException when the caller submitted no such job
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary cancel(ImportJobId id) {
		find(id);
		this.store.cancel(id, caller(), this.clock.instant());
		this.runner.stopHere(id);
		return find(id);
	}

	private ImportJobSummary submit(ImportJobKind kind, List<StoredFile> files, ImportOptions options) {
		ClaimedJob job = new ClaimedJob(ImportJobId.random(), caller(), kind, options.dryRun(), options.locale());
		boolean here = this.runner.reserve();
		if (!here && this.store.queued() >= this.settings.queue()) {
			throw new ImportJobsBusyException(this.settings.queue());
		}
		try {
			this.store.insert(job, files, this.clock.instant(), here ? this.runner.instance() : null);
		}
		catch (RuntimeException ex) {
			if (here) {
				this.runner.release();
			}
			throw ex;
		}
		if (here) {
			this.runner.start(job);
		}
		log.info("Import job {} submitted by {}{}", job.id(), job.owner(), here ? "" : ", queued");
		return find(job.id());
	}

	private static String caller() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
