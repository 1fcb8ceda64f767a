package org.twinningregistry.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.domain.AnnualReport;
import org.twinningregistry.reporting.domain.AnnualReportRepository;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.shared.PlainText;

/**
 * Reviewers approve submitted annual reports or return them with a reason. Both need a
 * reviewer of the government's subdivision or a curator of its country
 * ({@link AccessControl#mayReview}).
 */
@Service
public class ReportReview {

	private final AnnualReportRepository reports;

	private final AccessControl access;

	private final ReportingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final ReportActors actors;

	ReportReview(AnnualReportRepository reports, AccessControl access, ReportingCalendar calendar,
			ApplicationEventPublisher events, ReportActors actors) {
		this.reports = reports;
		this.access = access;
		this.calendar = calendar;
		this.events = events;
		this.actors = actors;
	}

	/**
	 * Approves a report waiting for review. Publishes {@link ReportApproved}.
	 * @param version the version the reviewer saw, or {@code null} to skip the check
	 * @throws NotFoundException if the government has no report for the year
	 * @throws ReportStateException if the report is not waiting for review
	 * @throws ConflictException if it changed since {@code version}
	 */
	@Transactional
	public ReportDetails approve(GovernmentId government, int year, @Nullable Long version) {
		AnnualReport report = load(government, year, version);
		report.approve(this.calendar.now(), this.access.actor(), this.actors.office(RegistryRole.REVIEWER, report));
		report = this.reports.saveAndFlush(report);
		this.events.publishEvent(new ReportApproved(government, year));
		return this.actors.viewer().details(report, this.calendar.period(year));
	}

	/**
	 * Returns a report waiting for review to its government, which may then submit it
	 * again. Publishes {@link ReportReturned}.
	 * @param reason why, for the government (required, at most 2000 characters)
	 * @throws RuleViolationException if the reason is blank or too long
	 * @throws NotFoundException if the government has no report for the year
	 * @throws ReportStateException if the report is not waiting for review
	 * @throws ConflictException if it changed since {@code version}
	 */
	@Transactional
	public ReportDetails returnForRevision(GovernmentId government, int year, @Nullable String reason,
			@Nullable Long version) {
		AnnualReport report = load(government, year, version);
		String text = PlainText.lines("reason", reason);
		if (text == null || text.length() > SubmitReport.MAX_TEXT) {
			throw new RuleViolationException(Violation.of("reason", "rule.report.reason", SubmitReport.MAX_TEXT));
		}
		report.returnForRevision(this.calendar.now(), this.access.actor(),
				this.actors.office(RegistryRole.REVIEWER, report), text);
		report = this.reports.saveAndFlush(report);
		this.events.publishEvent(new ReportReturned(government, year));
		return this.actors.viewer().details(report, this.calendar.period(year));
	}

	private AnnualReport load(GovernmentId government, int year, @Nullable Long version) {
		ReportSubmission.requirePlausible(year);
		this.access.require(this.access.mayReview(List.of(government)),
				"review the annual report of " + government.value());
		AnnualReport report = this.reports.findByGovernmentAndYear(government.value(), year)
			.orElseThrow(() -> new NotFoundException(ReportSubmission.KIND, government.value() + "/" + year));
		ReportSubmission.checkVersion(report, year, version);
		return report;
	}

}
