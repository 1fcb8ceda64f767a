package org.twinningregistry.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.Offices;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.reporting.domain.AnnualReport;

/**
 * Who took a report's steps, as the caller may see it: the office for everyone, the user
 * names too for those who may review the government's report. Offices are named once per
 * call, however many reports share them.
 */
@Component
class ReportActors {

	private final AccessControl access;

	private final Offices offices;

	ReportActors(AccessControl access, Offices offices) {
		this.access = access;
		this.offices = offices;
	}

	/**
	 * Requires the caller to report for the government (a reporter of it, or a reviewer
	 * or curator above it).
	 */
	void requireReport(GovernmentId government) {
		this.access.require(this.access.mayReport(List.of(government)),
				"submit the annual report of " + government.value());
	}

	/** The caller's user name. */
	String actor() {
		return this.access.actor();
	}

	/** The office the caller reports in for the government, to record. */
	String reporterOffice(GovernmentId government) {
		return this.access.office(RegistryRole.REPORTER, List.of(government));
	}

	/** The office the caller acts in on the government's report, to record. */
	String office(RegistryRole role, AnnualReport report) {
		return this.access.office(role, List.of(report.government()));
	}

	/** How the caller sees reports, for one listing. */
	Viewer viewer() {
		Map<String, String> named = new HashMap<>();
		UnaryOperator<String> office = code -> named.computeIfAbsent(code, this.offices::describe);
		return (report, period) -> report.details(period, office, this.access.mayReview(List.of(report.government())));
	}

	/** Shows reports to one caller. */
	@FunctionalInterface
	interface Viewer {

		ReportDetails details(AnnualReport report, ReportingPeriod period);

	}

}
