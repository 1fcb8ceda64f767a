package org.twinningregistry.gazetteer;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.PlainText;

/**
 * Everything about a government that a person enters: the input of a create or an update.
 * Text is checked and normalised by {@link PlainText} (NFC, trimmed, blank becomes
 * {@code null}; control characters refused) and codes upper-cased here; the rules that
 * need the registry (code lists, parent) are checked by the {@link Gazetteer}.
 *
 * @param name name in English or romanised form
 * @param nameFr French name
 * @param nameLocal name in its own language and script
 * @param country ISO 3166-1 alpha-2 code
 * @param subdivision ISO 3166-2 code of the first-level subdivision it lies in; a
 * national government gives its country code
 * @param level NATIONAL, REGIONAL or LOCAL
 * @param parent the government that contains it
 * @param population whole number, at least 0
 * @param latitude WGS 84 degrees, with longitude or not at all
 * @param longitude WGS 84 degrees, with latitude or not at all
 * @param wikidata Wikidata item id ({@code Q} and digits)
 * @param geonames GeoNames id
 */
public record GovernmentValues(String name, @Nullable String nameFr, @Nullable String nameLocal, String country,
		String subdivision, GovernmentLevel level, @Nullable GovernmentId parent, @Nullable Long population,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable String wikidata, @Nullable Long geonames) {

	public GovernmentValues {
		name = PlainText.requiredLine("name", name);
		nameFr = PlainText.line("nameFr", nameFr);
		nameLocal = PlainText.line("nameLocal", nameLocal);
		country = PlainText.requiredLine("country", country).toUpperCase(Locale.ROOT);
		subdivision = PlainText.requiredLine("subdivision", subdivision).toUpperCase(Locale.ROOT);
		wikidata = PlainText.line("wikidata", wikidata);
	}

}
