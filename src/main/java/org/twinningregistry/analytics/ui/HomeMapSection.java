package org.twinningregistry.analytics.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.PageSection;

/**
 * A small map of the default country's relationships on the home page, drawn by the map
 * page's script from the same statistics API, with a link to the full map.
 */
@Component
class HomeMapSection implements PageSection {

	private final Gazetteer gazetteer;

	HomeMapSection(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public String page() {
		return "home";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String fragment() {
		return "analytics/sections :: home";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		String country = DashboardController.DEFAULT_COUNTRY;
		return new HomeMap(country, this.gazetteer.countryName(country, locale));
	}

	/** The country the map shows, by code and by name in the page's language. */
	record HomeMap(String country, String name) {

	}

}
