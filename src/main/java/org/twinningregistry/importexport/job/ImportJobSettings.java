package org.twinningregistry.importexport.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How import jobs run on this instance and are kept in the database, which every instance
 * shares.
 *
 * @param workers jobs this instance runs at the same time
 * @param queue jobs that may wait for a worker, on all instances together; beyond, a
 * submission is refused
 * @param kept ended jobs remembered (the oldest are forgotten first)
 * @param poll how often this instance looks for queued jobs and writes the heartbeat of
 * the jobs it runs (which is also how soon it sees a cancel made on another instance)
 * @param lostAfter how old a running job's heartbeat may grow before any instance marks
 * it failed, its instance being gone
 * @param reapEvery how often one instance (whichever takes the lock first) looks for lost
 * jobs and forgets the ended ones beyond {@code kept}
 * @param instanceName the name this instance records on the jobs it runs; unset, the host
 * name, the process id and a random suffix
 */
@ConfigurationProperties("registry.import.jobs")
public record ImportJobSettings(@DefaultValue("1") int workers, @DefaultValue("10") int queue,
		@DefaultValue("100") int kept, @DefaultValue("1s") Duration poll, @DefaultValue("1m") Duration lostAfter,
		@DefaultValue("15s") Duration reapEvery, @Nullable String instanceName) {

	public ImportJobSettings {
		if (workers < 1 || queue < 0 || kept < 1) {
			throw new IllegalArgumentException("registry.import.jobs: workers and kept must be positive");
		}
		if (lostAfter.compareTo(poll.multipliedBy(3)) < 0) {
			throw new IllegalArgumentException("registry.import.jobs.lost-after must be at least three polls");
		}
		if (instanceName == null || instanceName.isBlank()) {
			instanceName = defaultName();
		}
	}

	@Override
	public String instanceName() {
		return (this.instanceName != null) ? this.instanceName : defaultName();
	}

	private static String defaultName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
