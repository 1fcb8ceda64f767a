package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.shared.PartialDate;

/**
 * The dates one agreement brings to a window of days: its anniversaries, and for a
 * fixed-term agreement its term end and renewal deadline, each only while the agreement
 * is current on that day ({@code CurrentAgreementRule}: an ended, expired or superseded
 * agreement has no anniversary to keep and no term to renew).
 */
final class CalendarDates {

	/** Anniversaries are kept every this many years. */
	static final int EVERY = 5;

	static final String UID_DOMAIN = "@twinning-registry";

	private CalendarDates() {
	}

	/** The agreement's dates between {@code from} and {@code to}, both included. */
	static List<CalendarItem> of(AgreementSummary agreement, LocalDate from, LocalDate to, Period renewalNotice) {
		List<CalendarItem> items = new ArrayList<>(anniversaries(agreement, from, to));
		PartialDate termEnds = agreement.values().termEnds();
		if (termEnds != null) {
			LocalDate end = termEnds.lastDay();
			String key = agreement.id().value() + "." + termEnds;
			add(items, agreement, new CalendarItem("term-end." + key + UID_DOMAIN, CalendarItemType.TERM_END, termEnds,
					end, null, agreement, null), from, to);
			LocalDate due = end.minus(renewalNotice);
			add(items, agreement, new CalendarItem("renewal-due." + key + UID_DOMAIN, CalendarItemType.RENEWAL_DUE,
					PartialDate.of(due), due, null, agreement, null), from, to);
		}
		return items;
	}

	/**
	 * Every fifth year since signing, to the signing's precision: the anniversary of an
	 * agreement signed {@code 2010-07-20} is {@code 2020-07-20}, of one signed
	 * {@code 2010-07} the month {@code 2020-07}; one signed on 29 February has its
	 * anniversary on the 28th in other years. A month or year is in the window when a day
	 * of it is.
	 */
	static List<CalendarItem> anniversaries(AgreementSummary agreement, LocalDate from, LocalDate to) {
		PartialDate signed = agreement.values().signed();
		List<CalendarItem> items = new ArrayList<>();
		int first = Math.max(EVERY, ((from.getYear() - signed.year() + EVERY - 1) / EVERY) * EVERY);
		for (int years = first; signed.year() + years <= to.getYear(); years += EVERY) {
			PartialDate date = shifted(signed, years);
			CalendarItem item = new CalendarItem("anniversary-" + years + "." + agreement.id().value() + UID_DOMAIN,
					CalendarItemType.ANNIVERSARY, date, date.firstDay(), years, agreement, null);
			if (!date.lastDay().isBefore(from) && !date.firstDay().isAfter(to)
					&& agreement.isCurrentOn(max(date.firstDay(), from))) {
				items.add(item);
			}
		}
		return items;
	}

	private static void add(List<CalendarItem> items, AgreementSummary agreement, CalendarItem item, LocalDate from,
			LocalDate to) {
		if (!item.day().isBefore(from) && !item.day().isAfter(to) && agreement.isCurrentOn(item.day())) {
			items.add(item);
		}
	}

	private static PartialDate shifted(PartialDate signed, int years) {
		int year = signed.year() + years;
		if (signed.day() == null) {
			return new PartialDate(year, signed.month(), null);
		}
		int day = Math.min(signed.day(), YearMonth.of(year, signed.month()).lengthOfMonth());
		return new PartialDate(year, signed.month(), day);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
