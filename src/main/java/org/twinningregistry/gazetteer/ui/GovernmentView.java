package org.twinningregistry.gazetteer.ui;

import java.util.Locale;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentSummary;

/**
 * A government with the names of its country and subdivision in the page's language.
 *
 * @param government the government
 * @param countryName its country's name
 * @param subdivisionName its subdivision's name
 */
record GovernmentView(GovernmentSummary government, String countryName, String subdivisionName) {

	static GovernmentView of(GovernmentSummary government, Gazetteer gazetteer, Locale locale) {
		return new GovernmentView(government, gazetteer.countryName(government.country(), locale),
				gazetteer.subdivisionName(government.subdivision(), locale));
	}

}
