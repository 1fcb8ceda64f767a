package org.twinningregistry.partnerfinder.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.partnerfinder.PartnerRequestSummary;

/**
 * Partner requests as the seeking list's rows show them: the requesting government by its
 * name in the page's language with its country, the countries sought by their names.
 */
final class SeekingRows {

	private SeekingRows() {
	}

	static List<Row> of(Gazetteer gazetteer, List<PartnerRequestSummary> requests, Locale locale) {
		Map<GovernmentId, GovernmentSummary> governments = gazetteer
			.summaries(requests.stream().map(r -> r.values().government()).distinct().toList());
		return requests.stream().map(r -> {
			GovernmentSummary government = governments.get(r.values().government());
			String name = (government != null) ? government.name(locale) : r.values().government().value();
			String country = (government != null) ? gazetteer.countryName(government.country(), locale) : null;
			return new Row(r, name, country, countryNames(gazetteer, r, locale));
		}).toList();
	}

	/** The countries a request seeks partners in, by name; empty for anywhere. */
	static List<String> countryNames(Gazetteer gazetteer, PartnerRequestSummary request, Locale locale) {
		return request.values().seekingCountries().stream().map(code -> gazetteer.countryName(code, locale)).toList();
	}

	/**
	 * One row of the list.
	 *
	 * @param request the request
	 * @param government the requesting government's name
	 * @param country its country's name
	 * @param seeking the names of the countries sought, empty for anywhere
	 */
	record Row(PartnerRequestSummary request, String government, @Nullable String country, List<String> seeking) {

	}

}
