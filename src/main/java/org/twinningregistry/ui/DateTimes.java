package org.twinningregistry.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Moments as people write them, in the request's language and the registry's time zone
 * ("7 December 2026, 14:05", « 7 décembre 2026, 14 h 05 » as the locale has it), not as
 * ISO instants with microseconds; the machine-readable form goes in a {@code <time>}
 * element's {@code datetime}. Templates reach it as {@code @dateTimes}.
 */
@Component("dateTimes")
public class DateTimes {

	private final Clock clock;

	DateTimes(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/** The moment with its date written out and the time to the minute. */
	public String at(@Nullable Instant moment) {
		if (moment == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.clock.getZone())
			.format(moment);
	}

	/** The moment for a {@code datetime} attribute: ISO 8601, to the second. */
	public String iso(@Nullable Instant moment) {
		return (moment != null) ? moment.truncatedTo(ChronoUnit.SECONDS).toString() : "";
	}

}
