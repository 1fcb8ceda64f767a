package org.twinningregistry.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date known to the year ({@code 2008}), the month ({@code 2008-05}) or the day
 * ({@code 2008-05-19}). The precision given is kept and printed back as given. For
 * comparisons a partial date stands for a period: {@link #firstDay()} and
 * {@link #lastDay()} are its bounds.
 *
 * @param year the year, 1000–9999
 * @param month the month, or {@code null} when only the year is known
 * @param day the day of the month, or {@code null} when only the year or month is known
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("year must have four digits");
		}
		if (month == null && day != null) {
			throw new IllegalArgumentException("a day needs a month");
		}
		try {
			if (day != null) {
				LocalDate.of(year, month, day);
			}
			else if (month != null) {
				YearMonth.of(year, month);
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("no such date", ex);
		}
	}

	/**
	 * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
	 * @throws IllegalArgumentException if the text is not one of these or names no real
	 * date
	 */
	public static PartialDate parse(String text) {
		Matcher m = FORMAT.matcher(text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
		}
		Integer month = (m.group(2) != null) ? Integer.valueOf(m.group(2)) : null;
		Integer day = (m.group(3) != null) ? Integer.valueOf(m.group(3)) : null;
		return new PartialDate(Integer.parseInt(m.group(1)), month, day);
	}

	/** Parses a possibly blank text; blank gives {@code null}. */
	public static @Nullable PartialDate parseOrNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : parse(text);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	/** The first day of the period this date names. */
	public LocalDate firstDay() {
		return LocalDate.of(this.year, (this.month != null) ? this.month : 1, (this.day != null) ? this.day : 1);
	}

	/** The last day of the period this date names. */
	public LocalDate lastDay() {
		if (this.day != null) {
			return firstDay();
		}
		if (this.month != null) {
			return YearMonth.of(this.year, this.month).atEndOfMonth();
		}
		return LocalDate.of(this.year, 12, 31);
	}

	public Precision precision() {
		return (this.day != null) ? Precision.DAY : (this.month != null) ? Precision.MONTH : Precision.YEAR;
	}

	/** Orders by first day, then the more precise date first. */
	@Override
	public int compareTo(PartialDate other) {
		int byStart = firstDay().compareTo(other.firstDay());
		return (byStart != 0) ? byStart : lastDay().compareTo(other.lastDay());
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(String.valueOf(this.year));
		if (this.month != null) {
			text.append('-').append(String.format("%02d", this.month));
		}
		if (this.day != null) {
			text.append('-').append(String.format("%02d", this.day));
		}
		return text.toString();
	}

	/** How precisely a {@link PartialDate} is known. */
	public enum Precision {

		YEAR, MONTH, DAY

	}

}
