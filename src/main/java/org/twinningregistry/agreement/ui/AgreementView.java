package org.twinningregistry.agreement.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.Gazetteer;

/**
 * An agreement as its page shows it.
 *
 * @param agreement the agreement
 * @param countryA party A's country in the page's language
 * @param countryB party B's country in the page's language
 * @param current whether it is current today
 * @param supersededBy the agreements that supersede it
 * @param sourceIsLink whether the source is a web address
 */
record AgreementView(AgreementSummary agreement, String countryA, String countryB, boolean current,
		List<AgreementSummary> supersededBy, boolean sourceIsLink) {

	/** For a list row: without the superseding agreements, which only the page shows. */
	static AgreementView row(AgreementSummary agreement, Gazetteer gazetteer, LocalDate today, Locale locale) {
		return new AgreementView(agreement, gazetteer.countryName(agreement.partyA().country(), locale),
				gazetteer.countryName(agreement.partyB().country(), locale), agreement.isCurrentOn(today), List.of(),
				false);
	}

	static AgreementView of(AgreementSummary agreement, AgreementRegistry registry, Gazetteer gazetteer,
			LocalDate today, Locale locale) {
		List<AgreementSummary> later = registry.list(AgreementCriteria.ofGovernment(agreement.partyA().id()))
			.stream()
			.filter(other -> agreement.id().equals(other.values().supersedes()))
			.toList();
		String source = agreement.values().source();
		return new AgreementView(agreement, gazetteer.countryName(agreement.partyA().country(), locale),
				gazetteer.countryName(agreement.partyB().country(), locale), agreement.isCurrentOn(today), later,
				source != null && source.matches("(?i)https?://\\S+"));
	}

}
