package org.twinningregistry.analytics.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.shared.PageSection;

/** A link from a government's page to its scorecard. */
@Component
class ScorecardSection implements PageSection {

	@Override
	public String page() {
		return "government";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String fragment() {
		return "analytics/sections :: government";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		return recordId;
	}

}
