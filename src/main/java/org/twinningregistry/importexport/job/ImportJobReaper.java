package org.twinningregistry.importexport.job;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks failed the running jobs whose instance is gone (no heartbeat for
 * {@code registry.import.jobs.lost-after}): their import ran in one transaction that
 * never committed, so they left nothing. Also forgets the ended jobs beyond
 * {@code registry.import.jobs.kept}. Runs every {@code registry.import.jobs.reap-every}
 * on one instance at a time, under a ShedLock lock held at least 5 s, so that instances
 * ticking together do it once.
 */
@Component
public class ImportJobReaper {

	static final String LOST = "import.job.lost";

	private static final Logger log = LoggerFactory.getLogger(ImportJobReaper.class);

	private final ImportJobStore store;

	private final ImportJobSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	private final AtomicLong runs = new AtomicLong();

	ImportJobReaper(ImportJobStore store, ImportJobSettings settings, MessageSource messages, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${registry.import.jobs.reap-every:15s}",
			initialDelayString = "${registry.import.jobs.reap-every:15s}")
	@SchedulerLock(name = "import-job-reaper", lockAtLeastFor = "5s", lockAtMostFor = "5m")
	public void reap() {
		this.runs.incrementAndGet();
		for (ClaimedJob job : this.store.lost(this.settings.lostAfter())) {
			String problem = this.messages.getMessage(LOST, new Object[] { this.settings.lostAfter().toSeconds() },
					LOST, job.locale());
			if (this.store.fail(job.id(), this.settings.lostAfter(), LOST, problem, this.clock.instant())) {
				log.warn("Import job {} of {} lost its instance: marked failed", job.id(), job.owner());
			}
		}
		int forgotten = this.store.forget(this.settings.kept());
		if (forgotten > 0) {
			log.debug("Forgot {} ended import job(s)", forgotten);
		}
	}

	/** How many times this instance has reaped (a lock held elsewhere skips a run). */
	public long runs() {
		return this.runs.get();
	}

}
