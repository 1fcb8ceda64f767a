package org.twinningregistry.reporting;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PlainText;

/**
 * Submit (or, after a return, submit again) a government's annual report.
 *
 * @param government whose report it is
 * @param year the reporting year
 * @param nothingToReport whether the government had no engagement to report
 * @param note anything the government adds (at most 2000 characters), or {@code null}
 * @param version the version of the returned report it revises, or {@code null} to skip
 * the check
 * @param planReview why each planned activity of the year it was to initiate was missed
 * (one reason per missed activity)
 */
public record SubmitReport(GovernmentId government, int year, boolean nothingToReport, @Nullable String note,
		@Nullable Long version, List<MissReason> planReview) {

	public static final int MAX_TEXT = 2000;

	public SubmitReport {
		Objects.requireNonNull(government, "government");
		planReview = List.copyOf(planReview);
		note = PlainText.lines("note", note);
		if (note != null && note.length() > MAX_TEXT) {
			throw new IllegalArgumentException("a note has at most " + MAX_TEXT + " characters");
		}
	}

	/** A report without plan review: the government missed no planned activity. */
	public SubmitReport(GovernmentId government, int year, boolean nothingToReport, @Nullable String note,
			@Nullable Long version) {
		this(government, year, nothingToReport, note, version, List.of());
	}

}
