package org.twinningregistry.gazetteer;

import org.jspecify.annotations.Nullable;

/**
 * Everything about a government that a person enters: the input of a create or an update.
 * Text is trimmed (blank becomes {@code null}) and codes upper-cased here; the rules that
 * need the registry (code lists, parent) are checked by the {@link Gazetteer}.
 *
 * @param name name in English or romanised form
 * @param nameFr French name
 * @param nameLocal name in its own language and script
 * @param country ISO 3166-1 alpha-2 code
 * @param subdivision ISO 3166-2 code of the first-level subdivision it lies in
 * @param level REGIONAL or LOCAL
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
		name = (name != null) ? name.strip() : "";
		nameFr = org.twinningregistry.shared.Text.trimToNull(nameFr);
		nameLocal = org.twinningregistry.shared.Text.trimToNull(nameLocal);
		country = (country != null) ? country.strip().toUpperCase(java.util.Locale.ROOT) : "";
		subdivision = (subdivision != null) ? subdivision.strip().toUpperCase(java.util.Locale.ROOT) : "";
		wikidata = org.twinningregistry.shared.Text.trimToNull(wikidata);
	}

}
