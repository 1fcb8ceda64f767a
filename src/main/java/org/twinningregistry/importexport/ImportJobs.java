package org.twinningregistry.importexport;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.twinningregistry.importexport.job.ImportJob;
import org.twinningregistry.shared.RegistryException;

/**
 * Runs imports in the background, as jobs a curator follows and may cancel. A job runs
 * the same all-or-nothing import as {@link DataPackageImporter} and
 * {@link WorkbookImporter}, on one of a few workers ({@code registry.import.jobs.*}),
 * with the submitting curator's authority; a cancelled job stops at its next row and
 * rolls its one transaction back, leaving nothing behind. Jobs live in memory: a curator
 * sees only the jobs they submitted, the last ended ones are remembered, and a restart
 * forgets them all.
 */
@Service
@EnableConfigurationProperties(ImportJobSettings.class)
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final DataPackageImporter packages;

	private final WorkbookImporter workbooks;

	private final ImportJobSettings settings;

	private final Clock clock;

	private final MessageSource messages;

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	private final Executor executor = new DelegatingSecurityContextExecutor(this.pool);

	private final Map<ImportJobId, ImportJob> jobs = new LinkedHashMap<>();

	/** What each job not ended yet holds (its files), to let go of when it ends. */
	private final Map<ImportJobId, Runnable> held = new ConcurrentHashMap<>();

	ImportJobs(DataPackageImporter packages, WorkbookImporter workbooks, ImportJobSettings settings, Clock clock,
			MessageSource messages) {
		this.packages = packages;
		this.workbooks = workbooks;
		this.settings = settings;
		this.clock = clock;
		this.messages = messages;
		this.pool.setCorePoolSize(settings.workers());
		this.pool.setMaxPoolSize(settings.workers());
		this.pool.setQueueCapacity(settings.queue());
		this.pool.setThreadNamePrefix("import-job-");
		this.pool.initialize();
	}

	/**
	 * Queues the import of a data package, read already. The job owns the files from now:
	 * it closes them (deleting their temporary folder) when it ends, however it ends, and
	 * at once when it cannot be queued.
	 * @return the job, queued
	 * @throws ImportJobsBusyException when the queue is full
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary submitPackage(DataPackageFiles files, ImportOptions options) {
		return submit(run -> this.packages.importPackage(files, run), options, files::close);
	}

	/**
	 * Queues the import of a filled workbook; a workbook that cannot be read fails the
	 * job.
	 * @return the job, queued
	 * @throws ImportJobsBusyException when the queue is full
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary submitWorkbook(byte[] xlsx, ImportOptions options) {
		return submit(run -> this.workbooks.importWorkbook(new ByteArrayInputStream(xlsx), run), options, () -> {
		});
	}

	/**
	 * The caller's job.
	 * @throws ImportJobNotFoundException when the caller submitted no such job, or it was
	 * forgotten
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary find(ImportJobId id) {
		return job(id).summary();
	}

	/**
	 * Cancels the caller's job: a queued job ends at once, a running one stops at its
	 * next row and writes nothing; an ended job is left as it is.
	 * @return the job as it is now (a running job still shows running for a moment)
	 * @throws ImportJobNotFoundException when the caller submitted no such job
	 */
	@PreAuthorize("hasRole('CURATOR')")
	public ImportJobSummary cancel(ImportJobId id) {
		ImportJob job = job(id);
		job.cancel();
		if (job.finished()) {
			// it was still queued: it will never read its files
			release(job);
		}
		return job.summary();
	}

	@Override
	public void destroy() {
		synchronized (this.jobs) {
			this.jobs.values().forEach(ImportJob::cancel);
		}
		this.pool.shutdown();
		// the jobs still queued never run: their files go now
		this.held.values().forEach(Runnable::run);
		this.held.clear();
	}

	private ImportJobSummary submit(Function<ImportOptions, ImportReport> work, ImportOptions options,
			Runnable release) {
		String owner = SecurityContextHolder.getContext().getAuthentication().getName();
		ImportJob job = new ImportJob(ImportJobId.random(), owner, options.dryRun(), this.clock);
		remember(job);
		this.held.put(job.id(), release);
		try {
			this.executor.execute(() -> run(job, work, options));
		}
		catch (TaskRejectedException ex) {
			synchronized (this.jobs) {
				this.jobs.remove(job.id());
			}
			release(job);
			throw new ImportJobsBusyException(this.settings.queue());
		}
		log.info("Import job {} queued by {}", job.id(), owner);
		return job.summary();
	}

	private void run(ImportJob job, Function<ImportOptions, ImportReport> work, ImportOptions options) {
		if (job.start()) {
			work(job, work, options);
		}
		else {
			release(job);
		}
	}

	/** Lets go of what the job read (its files), once. */
	private void release(ImportJob job) {
		Runnable release = this.held.remove(job.id());
		if (release != null) {
			release.run();
		}
	}

	private void work(ImportJob job, Function<ImportOptions, ImportReport> work, ImportOptions options) {
		try {
			ImportReport report;
			try {
				report = work.apply(options.withProgress(job));
			}
			finally {
				// before the job shows as ended: an ended job holds nothing
				release(job);
			}
			job.succeed(report);
		}
		catch (ImportCancelledException ex) {
			job.cancelled();
		}
		catch (RegistryException ex) {
			job.fail(ex.code(), this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), options.locale()));
		}
		catch (RuntimeException ex) {
			log.error("Import job {} broke", job.id(), ex);
			job.fail("error.unexpected",
					this.messages.getMessage("error.unexpected", null, "error.unexpected", options.locale()));
		}
		log.info("Import job {} ended: {}", job.id(), job.summary().status());
	}

	private ImportJob job(ImportJobId id) {
		String caller = SecurityContextHolder.getContext().getAuthentication().getName();
		synchronized (this.jobs) {
			ImportJob job = this.jobs.get(id);
			if (job == null || !job.owner().equals(caller)) {
				throw new ImportJobNotFoundException(id);
			}
			return job;
		}
	}

	/** Keeps the job, forgetting the oldest ended jobs beyond {@code kept}. */
	private void remember(ImportJob job) {
		synchronized (this.jobs) {
			this.jobs.put(job.id(), job);
			long ended = this.jobs.values().stream().filter(ImportJob::finished).count();
			Iterator<ImportJob> oldestFirst = this.jobs.values().iterator();
			while (ended > this.settings.kept() && oldestFirst.hasNext()) {
				if (oldestFirst.next().finished()) {
					oldestFirst.remove();
					ended--;
				}
			}
		}
	}

}
