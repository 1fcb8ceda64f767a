package org.twinningregistry.continuity.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.continuity.CalendarItem;
import org.twinningregistry.continuity.CalendarItemType;
import org.twinningregistry.continuity.CalendarText;

/**
 * The calendar of a scope over a window.
 *
 * @param scope the scope as asked ({@code null} for the whole registry)
 * @param from the window's first day
 * @param to its last day
 * @param items the dates, by day
 */
record CalendarResponse(@Nullable String scope, LocalDate from, LocalDate to, List<Item> items) {

	static CalendarResponse of(@Nullable String scope, LocalDate from, LocalDate to, List<CalendarItem> items,
			CalendarText text, Locale locale) {
		return new CalendarResponse(scope, from, to, items.stream().map(i -> Item.of(i, text, locale)).toList());
	}

	/**
	 * One date.
	 *
	 * @param uid stable from one reading to the next (the iCalendar UID)
	 * @param type ANNIVERSARY, TERM_END, RENEWAL_DUE or REPORT_DEADLINE
	 * @param date to the precision known ({@code 2020-07-20}, {@code 2020-07},
	 * {@code 2020})
	 * @param day the first day of {@code date}
	 * @param years an anniversary's years
	 * @param agreement the agreement's id
	 * @param agreementType its type
	 * @param governments its parties
	 * @param reportingYear a report deadline's reporting year
	 * @param title the date in words, in the reader's language
	 */
	record Item(String uid, CalendarItemType type, String date, LocalDate day, @Nullable Integer years,
			@Nullable String agreement, @Nullable String agreementType, List<Party> governments,
			@Nullable Integer reportingYear, String title) {

		static Item of(CalendarItem item, CalendarText text, Locale locale) {
			return new Item(item.uid(), item.type(), item.date().toString(), item.day(), item.years(),
					(item.agreement() != null) ? item.agreement().id().value() : null,
					(item.agreement() != null) ? item.agreement().values().type().name() : null,
					item.parties().stream().map(Party::of).toList(), item.reportingYear(), text.title(item, locale));
		}

	}

	/** A party of the agreement. */
	record Party(String id, String name, @Nullable String nameLocal, String country, String subdivision) {

		static Party of(AgreementParty party) {
			return new Party(party.id().value(), party.name(), party.nameLocal(), party.country(), party.subdivision());
		}

	}

}
