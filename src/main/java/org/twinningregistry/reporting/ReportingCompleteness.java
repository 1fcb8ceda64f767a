package org.twinningregistry.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.reporting.Completeness.JurisdictionCompleteness;
import org.twinningregistry.reporting.Completeness.MissingGovernment;
import org.twinningregistry.reporting.internal.CompletenessFigures;
import org.twinningregistry.reporting.internal.CompletenessFigures.ExpectedGovernment;
import org.twinningregistry.reporting.internal.Jurisdiction;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.NotFoundException;

/**
 * Who is expected to report for a year, who did, on time, approved, and who is missing.
 * Public: reads need no sign-in.
 */
@Service
public class ReportingCompleteness {

	private final CompletenessFigures figures;

	private final ReportingCalendar calendar;

	private final Gazetteer gazetteer;

	ReportingCompleteness(CompletenessFigures figures, ReportingCalendar calendar, Gazetteer gazetteer) {
		this.figures = figures;
		this.calendar = calendar;
		this.gazetteer = gazetteer;
	}

	/**
	 * Whether the government is expected to report for the year: a party to an agreement
	 * current on some day of the year's period.
	 */
	@Transactional(readOnly = true)
	public boolean expects(GovernmentId government, int year) {
		return this.figures.isExpected(this.calendar.period(year), government.value());
	}

	/**
	 * The completeness of a reporting year in a country (its total, then each subdivision
	 * with governments expected) or in one subdivision.
	 * @param scope an ISO 3166-1 country or ISO 3166-2 subdivision code
	 * @param locale the language of the jurisdictions' names
	 * @throws BadRequestException if the scope is missing or not a code, or the year
	 * implausible
	 * @throws NotFoundException if the registry knows no such country or subdivision
	 */
	@Transactional(readOnly = true)
	public Completeness of(int year, String scope, Locale locale) {
		ReportSubmission.requirePlausible(year);
		Jurisdiction where = Jurisdiction.parse(scope, this.gazetteer);
		ReportingPeriod period = this.calendar.period(year);
		List<ExpectedGovernment> expected = this.figures.expected(period, where);
		List<JurisdictionCompleteness> rows = new ArrayList<>();
		if (where.subdivision() == null) {
			rows.add(row(where.country(), this.gazetteer.countryName(where.country(), locale), expected, period));
			Map<String, List<ExpectedGovernment>> bySubdivision = new LinkedHashMap<>();
			expected.forEach(g -> bySubdivision.computeIfAbsent(g.subdivision(), s -> new ArrayList<>()).add(g));
			bySubdivision.forEach((code, governments) -> rows
				.add(row(code, this.gazetteer.subdivisionName(code, locale), governments, period)));
		}
		else {
			rows.add(row(where.subdivision(), this.gazetteer.subdivisionName(where.subdivision(), locale), expected,
					period));
		}
		return new Completeness(year, where.code(), new Completeness.Span(period.start(), period.end()),
				period.deadline(), List.copyOf(rows));
	}

	private static JurisdictionCompleteness row(String code, String name, List<ExpectedGovernment> governments,
			ReportingPeriod period) {
		List<ExpectedGovernment> submitted = governments.stream().filter(ReportingCompleteness::submitted).toList();
		int onTime = (int) submitted.stream()
			.filter(g -> g.firstSubmittedOn() != null && period.onTime(g.firstSubmittedOn()))
			.count();
		int approved = (int) submitted.stream().filter(g -> g.state() == AnnualReportState.APPROVED).count();
		List<MissingGovernment> missing = governments.stream()
			.filter(g -> !submitted(g))
			.map(g -> new MissingGovernment(g.id(), g.name(), g.state() == AnnualReportState.RETURNED))
			.toList();
		return new JurisdictionCompleteness(code, name, governments.size(), submitted.size(), onTime, approved,
				missing);
	}

	private static boolean submitted(ExpectedGovernment government) {
		return government.state() == AnnualReportState.SUBMITTED || government.state() == AnnualReportState.APPROVED;
	}

}
