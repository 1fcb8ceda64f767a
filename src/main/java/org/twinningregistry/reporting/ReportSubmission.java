package org.twinningregistry.reporting;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.reporting.domain.AnnualReport;
import org.twinningregistry.reporting.domain.AnnualReportRepository;
import org.twinningregistry.reporting.internal.Jurisdiction;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.GovernmentFulfilment;

/**
 * Governments submit their annual reports here, and anyone reads them. Submitting needs a
 * reporter of the government, or a reviewer or curator above it
 * ({@link AccessControl#mayReport}).
 */
@Service
public class ReportSubmission {

	static final String KIND = "annual report";

	private final AnnualReportRepository reports;

	private final Gazetteer gazetteer;

	private final ReportingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final ReportActors actors;

	private final PlanReviewCheck planReview;

	ReportSubmission(AnnualReportRepository reports, Gazetteer gazetteer, ReportingCalendar calendar,
			ApplicationEventPublisher events, ReportActors actors, PlanReviewCheck planReview) {
		this.reports = reports;
		this.gazetteer = gazetteer;
		this.calendar = calendar;
		this.events = events;
		this.actors = actors;
		this.planReview = planReview;
	}

	/**
	 * Submits a government's report for a year whose period is over, or submits again a
	 * report that was returned. Publishes {@link ReportSubmitted}.
	 * @return the report as stored
	 * @throws NotFoundException if the government does not exist
	 * @throws RuleViolationException if the year's period has not ended yet, or its plan
	 * review lacks the reason of a planned activity of the year the government was to
	 * initiate (alone or jointly) and missed, or gives one for nothing missed
	 * @throws ReportStateException if a report of that year is waiting for review or
	 * approved
	 * @throws ConflictException if the returned report changed since
	 * {@code command.version()}
	 */
	@Transactional
	public ReportDetails submit(SubmitReport command) {
		requirePlausible(command.year());
		GovernmentId government = command.government();
		this.gazetteer.get(government);
		this.actors.requireReport(government);
		ReportingPeriod period = this.calendar.period(command.year());
		if (!period.endedBy(this.calendar.today())) {
			throw new RuleViolationException(
					Violation.of("year", "rule.report.period-open", command.year(), period.end().toString()));
		}
		List<PlanReview> review = this.planReview.review(government, command.year(), command.planReview());
		AnnualReport.Submission submission = new AnnualReport.Submission(this.calendar.now(), this.calendar.today(),
				this.actors.actor(), this.actors.reporterOffice(government), command.nothingToReport(), command.note(),
				review);
		Optional<AnnualReport> existing = this.reports.findByGovernmentAndYear(government.value(), command.year());
		AnnualReport report;
		if (existing.isPresent()) {
			report = existing.get();
			checkVersion(report, command.year(), command.version());
			report.resubmit(submission);
		}
		else {
			report = new AnnualReport(government, command.year(), submission);
		}
		report = this.reports.saveAndFlush(report);
		this.events.publishEvent(new ReportSubmitted(government, command.year()));
		return this.actors.viewer().details(report, period);
	}

	/**
	 * The government's planned activities of the year (those it is to initiate, alone or
	 * jointly) with their states, and its alignment: what its report's plan review
	 * explains, and what a reviewer sees beside the report.
	 * @throws NotFoundException if there is no such government
	 */
	@Transactional(readOnly = true)
	public GovernmentFulfilment planFigures(GovernmentId government, int year) {
		requirePlausible(year);
		return this.planReview.figures(government, year);
	}

	/** The government's report for the year, or empty if it has none. */
	@Transactional(readOnly = true)
	public Optional<ReportDetails> find(GovernmentId government, int year) {
		return this.reports.findByGovernmentAndYear(government.value(), year)
			.map(r -> this.actors.viewer().details(r, this.calendar.period(year)));
	}

	/** The government's reports for these years, latest year first. */
	@Transactional(readOnly = true)
	public List<ReportDetails> ofGovernment(GovernmentId government, Collection<Integer> years) {
		ReportActors.Viewer viewer = this.actors.viewer();
		return this.reports.findByGovernmentAndYearIn(government.value(), years)
			.stream()
			.map(r -> viewer.details(r, this.calendar.period(r.year())))
			.sorted(Comparator.comparingInt(ReportDetails::year).reversed())
			.toList();
	}

	/**
	 * The reports of a year by governments of a country or subdivision (every report of
	 * the year without a scope), by government name.
	 * @throws BadRequestException if the scope is not a country or subdivision code
	 * @throws NotFoundException if the registry knows no such country or subdivision
	 */
	@Transactional(readOnly = true)
	public List<ReportSummary> list(int year, @Nullable String scope) {
		requirePlausible(year);
		Jurisdiction where = (scope == null || scope.isBlank()) ? null : Jurisdiction.parse(scope, this.gazetteer);
		ReportingPeriod period = this.calendar.period(year);
		List<AnnualReport> found = this.reports.findByYearOrderByGovernment(year);
		ReportActors.Viewer viewer = this.actors.viewer();
		Map<GovernmentId, GovernmentSummary> governments = this.gazetteer
			.summaries(found.stream().map(AnnualReport::government).toList());
		return found.stream().filter(r -> governments.containsKey(r.government())).map(r -> {
			GovernmentSummary g = governments.get(r.government());
			return new ReportSummary(viewer.details(r, period), g.name(), g.country(), g.subdivision());
		})
			.filter(r -> where == null || where.contains(r.country(), r.subdivision()))
			.sorted(Comparator.comparing(ReportSummary::name).thenComparing(r -> r.report().government().value()))
			.toList();
	}

	static void requirePlausible(int year) {
		if (!ReportingCalendar.isPlausible(year)) {
			throw new BadRequestException("year", "error.reporting.year", year, ReportingCalendar.FIRST_YEAR,
					ReportingCalendar.LAST_YEAR);
		}
	}

	static void checkVersion(AnnualReport report, int year, @Nullable Long version) {
		if (version != null && version != report.version()) {
			throw ConflictException.staleVersion(KIND, report.government().value() + "/" + year, version,
					report.version());
		}
	}

}
