package org.twinningregistry.partnerfinder.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.PageSection;

/**
 * The partners a government is seeking, in its handover brief (the continuity module's
 * page {@code "brief"}, on screen and in the PDF): its published requests that have not
 * expired, so that whoever takes over knows what was asked for and of whom.
 */
@Component
class SeekingBriefSection implements PageSection {

	/**
	 * The brief's page name ({@code HandoverBrief.PAGE}): spelled here because this
	 * module may not depend on the continuity module.
	 */
	private static final String BRIEF = "brief";

	private final SeekingList list;

	private final Gazetteer gazetteer;

	SeekingBriefSection(SeekingList list, Gazetteer gazetteer) {
		this.list = list;
		this.gazetteer = gazetteer;
	}

	@Override
	public String page() {
		return BRIEF;
	}

	/** After the strategy and its office (5, 6), before the plans (15). */
	@Override
	public int order() {
		return 7;
	}

	@Override
	public String fragment() {
		return "partnerfinder/brief :: seeking";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		return SeekingRows.of(this.gazetteer, this.list.activeRequests(new GovernmentId(recordId)), locale);
	}

}
