package org.twinningregistry.reporting;

import java.time.LocalDate;

/**
 * What a reporting year covers and when its reports are due.
 *
 * @param year the reporting year: the period starts in it
 * @param start the period's first day
 * @param end the period's last day
 * @param deadline the last day on which a report is on time
 */
public record ReportingPeriod(int year, LocalDate start, LocalDate end, LocalDate deadline) {

	/** The period of a reporting year under the settings. */
	public static ReportingPeriod of(int year, ReportingSettings settings) {
		LocalDate start = settings.startDay().atYear(year);
		LocalDate end = start.plusYears(1).minusDays(1);
		return new ReportingPeriod(year, start, end, end.plus(settings.deadline()));
	}

	/**
	 * Whether the period is over on this day (reports may be submitted from the next).
	 */
	public boolean endedBy(LocalDate day) {
		return day.isAfter(this.end);
	}

	/** Whether a report that arrived on this day is on time. */
	public boolean onTime(LocalDate submittedOn) {
		return !submittedOn.isAfter(this.deadline);
	}

}
