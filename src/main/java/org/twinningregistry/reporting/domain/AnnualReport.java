package org.twinningregistry.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.AnnualReportState;
import org.twinningregistry.reporting.PlanReview;
import org.twinningregistry.reporting.ReportDetails;
import org.twinningregistry.reporting.ReportStateException;
import org.twinningregistry.reporting.ReportingPeriod;

/**
 * A government's annual report for one reporting year, through its review: submitted,
 * then approved or returned with a reason (after which it may be submitted again).
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "government_id")
	private String government;

	@Column(name = "reporting_year")
	private int year;

	private boolean nothingToReport;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	private AnnualReportState state;

	private LocalDate firstSubmittedOn;

	private Instant submittedAt;

	private String submittedBy;

	private String submittedOffice = "";

	private @Nullable Instant approvedAt;

	private @Nullable String approvedBy;

	private @Nullable String approvedOffice;

	private @Nullable Instant returnedAt;

	private @Nullable String returnedBy;

	private @Nullable String returnedOffice;

	private @Nullable String returnReason;

	@ElementCollection
	@CollectionTable(name = "annual_report_plan_review", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "seq")
	private List<PlanReviewRow> planReview = new ArrayList<>();

	@Version
	private long version;

	protected AnnualReport() {
	}

	/** A report as first submitted. */
	public AnnualReport(GovernmentId government, int year, Submission submission) {
		this.government = government.value();
		this.year = year;
		this.state = AnnualReportState.SUBMITTED;
		this.firstSubmittedOn = submission.day();
		this.submittedAt = submission.at();
		this.submittedBy = submission.by();
		this.submittedOffice = submission.office();
		this.nothingToReport = submission.nothingToReport();
		this.note = submission.note();
		submission.planReview().stream().map(PlanReviewRow::of).forEach(this.planReview::add);
	}

	/** Submits a returned report again, as revised. */
	public void resubmit(Submission submission) {
		requireState(AnnualReportState.RETURNED);
		this.state = AnnualReportState.SUBMITTED;
		this.submittedAt = submission.at();
		this.submittedBy = submission.by();
		this.submittedOffice = submission.office();
		this.nothingToReport = submission.nothingToReport();
		this.note = submission.note();
		this.planReview.clear();
		submission.planReview().stream().map(PlanReviewRow::of).forEach(this.planReview::add);
	}

	/**
	 * Approves a report waiting for review.
	 * @param by the reviewer's user name
	 * @param office the office they approved it in
	 */
	public void approve(Instant at, String by, String office) {
		requireState(AnnualReportState.SUBMITTED);
		this.state = AnnualReportState.APPROVED;
		this.approvedAt = at;
		this.approvedBy = by;
		this.approvedOffice = office;
	}

	/**
	 * Returns a report waiting for review to its government, saying why.
	 * @param by the reviewer's user name
	 * @param office the office they returned it in
	 */
	public void returnForRevision(Instant at, String by, String office, String reason) {
		requireState(AnnualReportState.SUBMITTED);
		this.state = AnnualReportState.RETURNED;
		this.returnedAt = at;
		this.returnedBy = by;
		this.returnedOffice = office;
		this.returnReason = reason;
	}

	public long version() {
		return this.version;
	}

	public int year() {
		return this.year;
	}

	public GovernmentId government() {
		return new GovernmentId(this.government);
	}

	/**
	 * The report as others see it, on time or not by the period's deadline: who took each
	 * step named by the office they took it in, the user names only if {@code names}.
	 * @param office how an office is named ({@code Offices.describe})
	 */
	public ReportDetails details(ReportingPeriod period, UnaryOperator<String> office, boolean names) {
		return new ReportDetails(government(), this.year, this.nothingToReport, this.note, this.state,
				this.firstSubmittedOn, period.onTime(this.firstSubmittedOn), this.submittedAt,
				office.apply(this.submittedOffice), this.approvedAt,
				(this.approvedBy != null) ? office.apply(Objects.requireNonNullElse(this.approvedOffice, "")) : null,
				this.returnedAt,
				(this.returnedBy != null) ? office.apply(Objects.requireNonNullElse(this.returnedOffice, "")) : null,
				this.returnReason,
				names ? new ReportDetails.Accounts(this.submittedBy, this.approvedBy, this.returnedBy) : null,
				this.planReview.stream().map(PlanReviewRow::review).toList(), this.version);
	}

	private void requireState(AnnualReportState expected) {
		if (this.state != expected) {
			throw new ReportStateException(this.government, this.year, this.state);
		}
	}

	/**
	 * One submission: when (the instant and the registry's day), by whom, what.
	 *
	 * @param at when it arrived
	 * @param day the day it arrived in the registry's time zone
	 * @param by who submitted it (the user name)
	 * @param office the office they submitted it in ({@code AccessControl.office})
	 * @param nothingToReport whether there was nothing to report
	 * @param note what the government adds, or {@code null}
	 * @param planReview why each planned activity it missed was missed
	 */
	public record Submission(Instant at, LocalDate day, String by, String office, boolean nothingToReport,
			@Nullable String note, List<PlanReview> planReview) {

	}

}
