package org.twinningregistry.shared;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * The dates a field may hold: none before {@value #EARLIEST_YEAR} (the registry records
 * the modern twinning movement) and none later than a margin after today, so that a typo
 * such as 9999 or 2105 for 2015 is caught. A date known to the year or month is in range
 * when part of its period is.
 *
 * @param earliest the first day allowed
 * @param latest the last day allowed
 */
public record DateRange(LocalDate earliest, LocalDate latest) {

	/** The first year any date of the registry may fall in. */
	public static final int EARLIEST_YEAR = 1900;

	/**
	 * From the first day of {@value #EARLIEST_YEAR} to {@code ahead} after {@code today}.
	 */
	public static DateRange upTo(LocalDate today, Period ahead) {
		return new DateRange(LocalDate.of(EARLIEST_YEAR, 1, 1), today.plus(ahead));
	}

	/** From the first day of {@value #EARLIEST_YEAR} to the last day of {@code year}. */
	public static DateRange throughYear(int year) {
		return new DateRange(LocalDate.of(EARLIEST_YEAR, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The violation of the field when the date is out of range
	 * ({@code rule.date.too-early} or {@code rule.date.too-late}, with the date and the
	 * bound), else {@code null}.
	 */
	public @Nullable Violation check(String field, @Nullable PartialDate date) {
		if (date == null) {
			return null;
		}
		if (date.lastDay().isBefore(this.earliest)) {
			return Violation.of(field, "rule.date.too-early", date.toString(), this.earliest.toString());
		}
		if (date.firstDay().isAfter(this.latest)) {
			return Violation.of(field, "rule.date.too-late", date.toString(), this.latest.toString());
		}
		return null;
	}

}
