package org.twinningregistry.reporting.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.AnnualReportState;
import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportSubmission;
import org.twinningregistry.reporting.ReportingCompleteness;
import org.twinningregistry.reporting.ReportingCalendar;
import org.twinningregistry.reporting.ReportingPeriod;
import org.twinningregistry.shared.PageSection;

/**
 * A government's annual reports on its page: the state of each recent reporting year and,
 * for whoever may, the forms to submit, approve or return a report (the facades decide
 * again when the form is posted).
 */
@Component
class ReportStatusSection implements PageSection {

	static final int YEARS = 3;

	private final ReportSubmission submission;

	private final ReportingCalendar calendar;

	private final AccessControl access;

	private final ReportingCompleteness completeness;

	ReportStatusSection(ReportSubmission submission, ReportingCalendar calendar, AccessControl access,
			ReportingCompleteness completeness) {
		this.completeness = completeness;
		this.submission = submission;
		this.calendar = calendar;
		this.access = access;
	}

	@Override
	public String page() {
		return "government";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String fragment() {
		return "reporting/sections :: government";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		GovernmentId government = new GovernmentId(recordId);
		List<Integer> years = this.calendar.recentEndedYears(YEARS);
		Map<Integer, ReportDetails> reports = this.submission.ofGovernment(government, years)
			.stream()
			.collect(Collectors.toMap(ReportDetails::year, Function.identity()));
		boolean mayReport = this.access.mayReport(List.of(government));
		boolean mayReview = this.access.mayReview(List.of(government));
		return new Reports(recordId,
				years.stream()
					.map(year -> YearStatus.of(this.calendar.period(year), reports.get(year),
							this.completeness.expects(government, year), mayReport, mayReview))
					.toList());
	}

	/** What the section shows: the government and its recent years. */
	record Reports(String government, List<YearStatus> years) {

	}

	/**
	 * One reporting year of the government: its report, if any, and what the caller may
	 * do with it.
	 */
	record YearStatus(ReportingPeriod period, @Nullable ReportDetails report, boolean expected, boolean maySubmit,
			boolean mayReview) {

		static YearStatus of(ReportingPeriod period, @Nullable ReportDetails report, boolean expected,
				boolean mayReport, boolean mayReview) {
			boolean open = report == null || report.state() == AnnualReportState.RETURNED;
			boolean waiting = report != null && report.state() == AnnualReportState.SUBMITTED;
			return new YearStatus(period, report, expected, mayReport && open, mayReview && waiting);
		}

	}

}
