package org.twinningregistry.agreement.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.shared.PageSection;

/**
 * The most recently signed agreements, on the home page: what a visitor comes to see
 * first, with a link to all of them.
 */
@Component
class NewestAgreementsSection implements PageSection {

	/** How many agreements the home page shows. */
	static final int SHOWN = 5;

	/** Newest signing first. */
	private static final Sort NEWEST = Sort.by(Sort.Order.desc("signedOn"), Sort.Order.asc("id"));

	private final AgreementRegistry registry;

	NewestAgreementsSection(AgreementRegistry registry) {
		this.registry = registry;
	}

	@Override
	public String page() {
		return "home";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "agreement/sections :: home";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		List<AgreementSummary> newest = this.registry.search(AgreementCriteria.all(), PageRequest.of(0, SHOWN, NEWEST))
			.getContent();
		return newest;
	}

}
