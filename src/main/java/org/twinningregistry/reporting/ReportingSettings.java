package org.twinningregistry.reporting;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a reporting year starts and how long after its end a report is on time.
 *
 * @param yearStart the first day of a reporting year as {@code MM-DD}: {@code 01-01} (the
 * default) for calendar years, {@code 04-01} for an April–March fiscal year. Year
 * {@code N} is the period that starts on this day in {@code N} and ends the day before it
 * in {@code N + 1}
 * @param deadline how long after the period's last day a report is still on time (default
 * three months: the deadline of calendar year 2024 is 2025-03-31)
 */
@ConfigurationProperties("registry.reporting")
public record ReportingSettings(@DefaultValue("01-01") String yearStart, @DefaultValue("3m") Period deadline) {

	public ReportingSettings {
		startDay(yearStart);
		if (deadline.isNegative()) {
			throw new IllegalArgumentException("registry.reporting.deadline must not be negative: " + deadline);
		}
	}

	/** Calendar years, three months to report. */
	public static ReportingSettings calendarYears() {
		return new ReportingSettings("01-01", Period.ofMonths(3));
	}

	/** The first day of a reporting year. */
	public MonthDay startDay() {
		return startDay(this.yearStart);
	}

	private static MonthDay startDay(String text) {
		String value = text.strip();
		try {
			MonthDay day = MonthDay.parse(value.startsWith("--") ? value : "--" + value);
			if (day.equals(MonthDay.of(2, 29))) {
				throw new IllegalArgumentException("registry.reporting.year-start cannot be 02-29");
			}
			return day;
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(
					"registry.reporting.year-start is a month and day as MM-DD (e.g. 04-01), not " + text, ex);
		}
	}

}
