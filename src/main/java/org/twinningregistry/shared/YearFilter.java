package org.twinningregistry.shared;

import org.jspecify.annotations.Nullable;

/**
 * The years a list is filtered to, from its {@code fromYear} and {@code toYear} query
 * parameters (each 1000–9999, checked on the parameters): a span that ends before it
 * starts is refused rather than answered with an empty list.
 *
 * @param from the first year, or {@code null} for no lower bound
 * @param to the last year, or {@code null} for no upper bound
 */
public record YearFilter(@Nullable Integer from, @Nullable Integer to) {

	/** The lowest year a filter may name, as the lowest year of a date. */
	public static final int MIN = 1000;

	/** The highest year a filter may name. */
	public static final int MAX = 9999;

	/**
	 * @throws BadRequestException naming {@code toYear} if it lies before
	 * {@code fromYear}
	 */
	public YearFilter {
		if (from != null && to != null && to < from) {
			throw new BadRequestException("toYear", "rule.years.order", from, to);
		}
	}

}
