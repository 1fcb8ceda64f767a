package org.twinningregistry.continuity;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementSummary;

/**
 * A calendar date in words, in the reader's language: "Burnaby – Hwaseong: 10 years since
 * the sister agreement was signed (2010-07-20)", "Annual reports for 2025 due".
 */
@Component
public class CalendarText {

	private final MessageSource messages;

	CalendarText(MessageSource messages) {
		this.messages = messages;
	}

	/** The items with their titles. */
	public java.util.List<UpcomingDate> titled(java.util.List<CalendarItem> items, Locale locale) {
		return items.stream().map(item -> new UpcomingDate(item, title(item, locale))).toList();
	}

	/** The item's title. */
	public String title(CalendarItem item, Locale locale) {
		AgreementSummary agreement = item.agreement();
		if (agreement == null) {
			return text("continuity.calendar.REPORT_DEADLINE", locale, String.valueOf(item.reportingYear()));
		}
		String pair = agreement.partyA().name() + " – " + agreement.partyB().name();
		String type = text("enum.AgreementType." + agreement.values().type(), locale);
		return text(key(item.type()), locale, pair, type, agreement.values().signed().toString(),
				(item.years() != null) ? item.years() : 0, String.valueOf(agreement.values().termEnds()));
	}

	/**
	 * For a date known only to the month or year: that the event stands for the whole
	 * month or year.
	 */
	public String precision(CalendarItem item, Locale locale) {
		String key = switch (item.date().precision()) {
			case YEAR -> "continuity.calendar.precision.YEAR";
			case MONTH -> "continuity.calendar.precision.MONTH";
			case DAY -> "continuity.calendar.precision.DAY";
		};
		return text(key, locale, item.date().toString());
	}

	/** The feed's name: "Twinning Registry: CA-BC". */
	public String feedName(CalendarScope scope, Locale locale) {
		return (scope.code() != null) ? text("continuity.calendar.name.scope", locale, scope.code())
				: text("continuity.calendar.name", locale);
	}

	private static String key(CalendarItemType type) {
		return switch (type) {
			case ANNIVERSARY -> "continuity.calendar.ANNIVERSARY";
			case TERM_END -> "continuity.calendar.TERM_END";
			case RENEWAL_DUE -> "continuity.calendar.RENEWAL_DUE";
			case REPORT_DEADLINE -> "continuity.calendar.REPORT_DEADLINE";
		};
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
