package org.twinningregistry.importexport.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.twinningregistry.importexport.report.ImportCancelledException;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.job.ImportJobStore.Ending;
import org.twinningregistry.shared.RegistryException;

/**
 * This instance's import workers ({@code registry.import.jobs.workers}): they run the
 * jobs submitted here when one is free, and otherwise take queued jobs of any instance
 * from the database, looking every {@code registry.import.jobs.poll}; at the same pace
 * they write the progress and heartbeat of the jobs running here and stop those that were
 * cancelled on any instance. At shutdown the running jobs are cancelled (rolled back). A
 * command-line import ({@code registry.import.file}), which ends when its own import
 * does, takes no queued job.
 */
@Component
public class ImportJobRunner implements DisposableBean, EnvironmentAware {

	private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

	private final ImportJobStore store;

	private final ImportJobWork work;

	private final Clock clock;

	private final MessageSource messages;

	private final String instance;

	private final Semaphore workers;

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	private final Map<ImportJobId, ImportJob> running = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	private volatile boolean takesQueued = true;

	ImportJobRunner(ImportJobStore store, ImportJobWork work, ImportJobSettings settings, Clock clock,
			MessageSource messages) {
		this.store = store;
		this.work = work;
		this.clock = clock;
		this.messages = messages;
		this.instance = settings.instanceName();
		this.workers = new Semaphore(settings.workers());
		this.pool.setCorePoolSize(settings.workers());
		this.pool.setMaxPoolSize(settings.workers());
		this.pool.setThreadNamePrefix("import-job-");
		this.pool.setWaitForTasksToCompleteOnShutdown(true);
		this.pool.setAwaitTerminationSeconds(30);
		this.pool.initialize();
		log.info("Import jobs: this instance is {}", this.instance);
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.takesQueued = !environment.containsProperty("registry.import.file");
	}

	/** The name this instance records on the jobs it runs. */
	public String instance() {
		return this.instance;
	}

	/** Takes a free worker for a job submitted here, if one is free. */
	public boolean reserve() {
		return !this.stopping && this.workers.tryAcquire();
	}

	/** Gives back a worker {@link #reserve() reserved} for a job that was not stored. */
	public void release() {
		this.workers.release();
	}

	/** Runs a job stored as running on this instance, on the worker reserved for it. */
	public void start(ClaimedJob job) {
		this.pool.execute(() -> {
			try {
				run(job);
			}
			finally {
				this.workers.release();
			}
			poll();
		});
	}

	/** The job as stored, with this instance's live counts if it runs here. */
	public ImportJobSummary live(ImportJobSummary job) {
		ImportJob here = this.running.get(job.id());
		if (here == null || job.status() != ImportJobStatus.RUNNING) {
			return job;
		}
		ImportPace pace = new ImportPace(here.done(), here.rowsTotal(),
				Duration.between((job.started() != null) ? job.started() : job.submitted(), this.clock.instant()));
		return new ImportJobSummary(job.id(), job.status(), job.dryRun(), pace.rowsDone(), pace.rowsTotal(),
				pace.rowsPerSecond(), pace.secondsLeft(), job.submitted(), job.started(), job.finished(), null, null,
				null);
	}

	/** Stops the job at once if it runs here (a cancel on this instance). */
	public void stopHere(ImportJobId id) {
		ImportJob here = this.running.get(id);
		if (here != null) {
			here.stop();
		}
	}

	/**
	 * Takes queued jobs while a worker is free, then writes the heartbeat of the jobs
	 * running here.
	 */
	@Scheduled(fixedDelayString = "${registry.import.jobs.poll:1s}")
	public void poll() {
		while (this.takesQueued && !this.stopping && this.workers.tryAcquire()) {
			Optional<ClaimedJob> job = this.store.claim(this.instance, this.clock.instant());
			if (job.isEmpty()) {
				this.workers.release();
				break;
			}
			log.info("Import job {} of {} taken from the queue", job.get().id(), job.get().owner());
			start(job.get());
		}
		this.running.values().forEach(job -> {
			if (!this.store.beat(job.id(), this.instance, job.done(), job.rowsTotal())) {
				job.stop();
			}
		});
	}

	@Override
	public void destroy() {
		this.stopping = true;
		this.running.values().forEach(ImportJob::stop);
		this.pool.shutdown();
	}

	private void run(ClaimedJob job) {
		ImportJob live = new ImportJob(job.id());
		this.running.put(job.id(), live);
		Ending ending;
		try {
			ImportReport report = this.work.run(job, live);
			ending = new Ending(report.rejected() ? ImportJobStatus.REJECTED : ImportJobStatus.SUCCEEDED, live.done(),
					live.rowsTotal(), report, null, null);
		}
		catch (ImportCancelledException ex) {
			ending = new Ending(ImportJobStatus.CANCELLED, live.done(), live.rowsTotal(), null, null, null);
		}
		catch (RegistryException ex) {
			ending = failed(live, ex.code(), ex.arguments(), job);
		}
		catch (RuntimeException ex) {
			log.error("Import job {} broke", job.id(), ex);
			ending = failed(live, "error.unexpected", null, job);
		}
		finally {
			this.running.remove(job.id());
		}
		if (this.store.finish(job.id(), this.instance, ending, this.clock.instant())) {
			log.info("Import job {} ended: {}", job.id(), ending.status());
		}
		else {
			log.warn("Import job {} ended {} here, but was found lost meanwhile", job.id(), ending.status());
		}
	}

	private Ending failed(ImportJob live, String code, Object @Nullable [] arguments, ClaimedJob job) {
		return new Ending(ImportJobStatus.FAILED, live.done(), live.rowsTotal(), null, code,
				this.messages.getMessage(code, arguments, code, job.locale()));
	}

}
