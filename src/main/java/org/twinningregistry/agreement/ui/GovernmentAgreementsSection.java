package org.twinningregistry.agreement.ui;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;

/** The agreements of a government on its page, grouped by the partner's country. */
@Component
class GovernmentAgreementsSection implements PageSection {

	private final AgreementRegistry registry;

	private final Gazetteer gazetteer;

	private final Clock clock;

	GovernmentAgreementsSection(AgreementRegistry registry, Gazetteer gazetteer, Clock clock) {
		this.registry = registry;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	@Override
	public String page() {
		return "government";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "agreement/sections :: government";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		GovernmentId government = new GovernmentId(recordId);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, List<Partnership>> byCountry = new LinkedHashMap<>();
		for (AgreementSummary agreement : this.registry.list(AgreementCriteria.ofGovernment(government))) {
			AgreementParty partner = Objects.requireNonNull(agreement.partnerOf(government));
			byCountry
				.computeIfAbsent(this.gazetteer.countryName(partner.country(), locale), country -> new ArrayList<>())
				.add(new Partnership(agreement, partner, agreement.isCurrentOn(today)));
		}
		return new Agreements(government.value(),
				byCountry.entrySet()
					.stream()
					.map(e -> new CountryGroup(e.getKey(), e.getValue()))
					.sorted(Comparator.comparing(CountryGroup::country, Collator.getInstance(locale)))
					.toList());
	}

	/** What the section shows: the government and its agreements by partner country. */
	record Agreements(String government, List<CountryGroup> countries) {

	}

	/** The agreements with partners in one country. */
	record CountryGroup(String country, List<Partnership> agreements) {

	}

	/**
	 * One agreement seen from the government: the partner and whether it is current
	 * today.
	 */
	record Partnership(AgreementSummary agreement, AgreementParty partner, boolean current) {

	}

}
