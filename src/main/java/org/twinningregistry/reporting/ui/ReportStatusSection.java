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
import org.twinningregistry.reporting.MissCause;
import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportSubmission;
import org.twinningregistry.reporting.ReportingCompleteness;
import org.twinningregistry.reporting.ReportingCalendar;
import org.twinningregistry.reporting.ReportingPeriod;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.strategy.ActivityFulfilment;
import org.twinningregistry.strategy.ActivityState;
import org.twinningregistry.strategy.GovernmentFulfilment;

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
		return new Reports(recordId, years.stream().map(year -> {
			YearStatus status = YearStatus.of(this.calendar.period(year), reports.get(year),
					this.completeness.expects(government, year), mayReport, mayReview);
			return (status.maySubmit() || status.mayReview())
					? status.withPlan(this.submission.planFigures(government, year)) : status;
		}).toList(), MissCause.values());
	}

	/**
	 * What the section shows: the government, its recent years, and the reasons a missed
	 * planned activity may have.
	 */
	record Reports(String government, List<YearStatus> years, MissCause[] causes) {

	}

	/**
	 * One reporting year of the government: its report, if any, and what the caller may
	 * do with it.
	 */
	record YearStatus(ReportingPeriod period, @Nullable ReportDetails report, boolean expected, boolean maySubmit,
			boolean mayReview, @Nullable GovernmentFulfilment plan) {

		static YearStatus of(ReportingPeriod period, @Nullable ReportDetails report, boolean expected,
				boolean mayReport, boolean mayReview) {
			boolean open = report == null || report.state() == AnnualReportState.RETURNED;
			boolean waiting = report != null && report.state() == AnnualReportState.SUBMITTED;
			return new YearStatus(period, report, expected, mayReport && open, mayReview && waiting, null);
		}

		/**
		 * The same year with the government's plan figures: what a reporter explains and
		 * a reviewer sees.
		 */
		YearStatus withPlan(GovernmentFulfilment figures) {
			return new YearStatus(this.period, this.report, this.expected, this.maySubmit, this.mayReview, figures);
		}

		/** The planned activities of the year the government missed. */
		public List<ActivityFulfilment> missed() {
			return (this.plan == null) ? List.of()
					: this.plan.activities().stream().filter(a -> a.state() == ActivityState.MISSED).toList();
		}

	}

}
