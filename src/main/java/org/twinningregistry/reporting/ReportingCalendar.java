package org.twinningregistry.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The reporting years as {@link ReportingSettings} define them, and today's place among
 * them (from the registry's {@link Clock}).
 */
@Service
@EnableConfigurationProperties(ReportingSettings.class)
public class ReportingCalendar {

	/** The earliest and latest reporting years the registry accepts. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	private final ReportingSettings settings;

	private final Clock clock;

	ReportingCalendar(ReportingSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** The period of a reporting year. */
	public ReportingPeriod period(int year) {
		return ReportingPeriod.of(year, this.settings);
	}

	/** Now, by the registry's clock. */
	public java.time.Instant now() {
		return this.clock.instant();
	}

	/** Today in the registry's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The latest reporting year whose period is over today. */
	public int latestEndedYear() {
		int year = today().getYear();
		while (!period(year).endedBy(today())) {
			year--;
		}
		return year;
	}

	/** The {@code count} latest reporting years that are over, latest first. */
	public List<Integer> recentEndedYears(int count) {
		int latest = latestEndedYear();
		return IntStream.range(0, count).mapToObj(n -> latest - n).toList();
	}

	/** Whether the registry accepts reports for this year at all (a sanity range). */
	public static boolean isPlausible(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
