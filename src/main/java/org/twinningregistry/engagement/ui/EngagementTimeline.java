package org.twinningregistry.engagement.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.shared.PageSection;

/**
 * The engagements on a government's or an agreement's page, year by year. Declared as
 * beans in {@link EngagementSections}.
 */
class EngagementTimeline implements PageSection {

	private final String page;

	private final Function<String, EngagementCriteria> criteria;

	private final EngagementLog log;

	private final AgreementRegistry registry;

	EngagementTimeline(String page, Function<String, EngagementCriteria> criteria, EngagementLog log,
			AgreementRegistry registry) {
		this.page = page;
		this.criteria = criteria;
		this.log = log;
		this.registry = registry;
	}

	@Override
	public String page() {
		return this.page;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fragment() {
		return "engagement/sections :: timeline";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		Map<Integer, List<EngagementEntry>> byYear = new LinkedHashMap<>();
		for (EngagementEntry entry : EngagementEntry.of(this.log.list(this.criteria.apply(recordId)), this.registry)) {
			byYear.computeIfAbsent(entry.engagement().values().year(), year -> new ArrayList<>()).add(entry);
		}
		List<Year> years = byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue())).toList();
		return new Timeline("agreement".equals(this.page) ? recordId : null, years);
	}

	/**
	 * What the section shows.
	 *
	 * @param agreement the agreement whose page it is on, or {@code null} on a
	 * government's page
	 * @param years the engagements by year, earliest first
	 */
	record Timeline(@Nullable String agreement, List<Year> years) {

	}

	/** The engagements of one year. */
	record Year(int year, List<EngagementEntry> engagements) {

	}

}
