package org.twinningregistry.engagement.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.shared.PageSection;

/**
 * The most recent engagements, on the home page, each with the agreement it took place
 * under.
 */
@Component
class NewestEngagementsSection implements PageSection {

	/** How many engagements the home page shows. */
	static final int SHOWN = 5;

	/** Latest year first, and within it the latest date; undated ones after. */
	private static final Sort NEWEST = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("date").nullsLast(),
			Sort.Order.asc("id"));

	private final EngagementLog log;

	private final AgreementRegistry agreements;

	NewestEngagementsSection(EngagementLog log, AgreementRegistry agreements) {
		this.log = log;
		this.agreements = agreements;
	}

	@Override
	public String page() {
		return "home";
	}

	@Override
	public int order() {
		return 11;
	}

	@Override
	public String fragment() {
		return "engagement/sections :: home";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		List<EngagementEntry> newest = EngagementEntry.of(
				this.log.search(EngagementCriteria.all(), PageRequest.of(0, SHOWN, NEWEST)).getContent(),
				this.agreements);
		return newest;
	}

}
