package org.twinningregistry.importexport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many import jobs run at once and wait, and how many ended jobs are remembered.
 *
 * @param workers jobs that run at the same time
 * @param queue jobs that may wait for a worker; beyond, a submission is refused
 * @param kept ended jobs remembered (the oldest are forgotten first); a restart forgets
 * every job
 */
@ConfigurationProperties("registry.import.jobs")
public record ImportJobSettings(@DefaultValue("1") int workers, @DefaultValue("10") int queue,
		@DefaultValue("100") int kept) {

	public ImportJobSettings {
		if (workers < 1 || queue < 0 || kept < 1) {
			throw new IllegalArgumentException("registry.import.jobs: workers and kept must be positive");
		}
	}

}
