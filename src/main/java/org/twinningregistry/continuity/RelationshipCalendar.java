package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.reporting.ReportingCalendar;
import org.twinningregistry.reporting.ReportingPeriod;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.PartialDate;

/**
 * The calendar of relationships: what is coming in a window of days for the agreements of
 * a scope — anniversaries of signing every five years, term ends and renewal deadlines of
 * fixed-term agreements ({@link CalendarDates}), and the annual-report deadlines of the
 * reporting years ({@link ReportingCalendar}) in which a government of the scope is
 * expected to report. Reads are public.
 */
@Service
@EnableConfigurationProperties(ContinuitySettings.class)
public class RelationshipCalendar {

	/** The longest window, in days: ten years. */
	public static final int MAX_DAYS = 3660;

	private final AgreementRegistry agreements;

	private final ReportingCalendar reporting;

	private final ContinuitySettings settings;

	RelationshipCalendar(AgreementRegistry agreements, ReportingCalendar reporting, ContinuitySettings settings) {
		this.agreements = agreements;
		this.reporting = reporting;
		this.settings = settings;
	}

	/** Today, by the registry's clock. */
	public LocalDate today() {
		return this.reporting.today();
	}

	/**
	 * The dates of the scope from {@code from} (default today) for {@code days} days
	 * (both ends included), by day, then type, then agreement.
	 * @throws BadRequestException if {@code days} is not 1 to {@value #MAX_DAYS}
	 */
	@Transactional(readOnly = true)
	public List<CalendarItem> upcoming(CalendarScope scope, @Nullable LocalDate from, int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new BadRequestException("days", "error.calendar.days", days, MAX_DAYS);
		}
		LocalDate start = (from != null) ? from : today();
		LocalDate end = start.plusDays(days - 1L);
		List<AgreementSummary> inScope = this.agreements.list(scope.criteria())
			.stream()
			.filter(a -> scope.contains(a.partyA()) || scope.contains(a.partyB()))
			.toList();
		List<CalendarItem> items = new ArrayList<>();
		inScope.forEach(a -> items.addAll(CalendarDates.of(a, start, end, this.settings.renewalNotice())));
		items.addAll(reportDeadlines(inScope, start, end));
		items.sort(Comparator.comparing(CalendarItem::day)
			.thenComparing(CalendarItem::type)
			.thenComparing(CalendarItem::uid));
		return items;
	}

	/**
	 * The deadlines in the window of the reporting years for which a government of the
	 * scope is expected to report: a party to an agreement current on at least one day of
	 * the year (as the completeness of reports counts it).
	 */
	private List<CalendarItem> reportDeadlines(List<AgreementSummary> inScope, LocalDate from, LocalDate to) {
		List<CalendarItem> items = new ArrayList<>();
		for (int year = from.getYear() - 2; year <= to.getYear(); year++) {
			ReportingPeriod period = this.reporting.period(year);
			if (period.deadline().isBefore(from) || period.deadline().isAfter(to)) {
				continue;
			}
			if (inScope.stream().anyMatch(a -> expects(a, period))) {
				items.add(new CalendarItem("report-deadline." + year + CalendarDates.UID_DOMAIN,
						CalendarItemType.REPORT_DEADLINE, PartialDate.of(period.deadline()), period.deadline(), null,
						null, year));
			}
		}
		return items;
	}

	private static boolean expects(AgreementSummary agreement, ReportingPeriod period) {
		LocalDate signed = agreement.values().signed().firstDay();
		return !signed.isAfter(period.end())
				&& agreement.isCurrentOn(signed.isAfter(period.start()) ? signed : period.start());
	}

}
