package org.twinningregistry.importexport.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * The registry's governments as a pairs list is reconciled against them: by country and
 * name key (English, French and local names), and by the world-gazetteer place each is,
 * read once per list.
 */
public final class RegistryIndex {

	private final Map<String, Map<String, List<PairCandidate>>> byCountry = new HashMap<>();

	private final Map<Long, PairCandidate> byGeonames = new HashMap<>();

	private final Map<String, PairCandidate> byWikidata = new HashMap<>();

	private final Map<String, PairCandidate> regional = new HashMap<>();

	public RegistryIndex(Gazetteer gazetteer) {
		gazetteer.forEach(this::add);
	}

	private void add(GovernmentDetails government) {
		GovernmentValues v = government.values();
		PairCandidate candidate = new PairCandidate(PairCandidate.GOVERNMENT + government.id().value(),
				government.id().value(), v.geonames(), v.name(), v.country(), v.subdivision(), v.population(), 1,
				v.latitude(), v.longitude(), v.wikidata(), null);
		Map<String, List<PairCandidate>> names = this.byCountry.computeIfAbsent(v.country(), c -> new HashMap<>());
		Stream.of(v.name(), v.nameFr(), v.nameLocal())
			.filter(name -> name != null && !name.isBlank())
			.map(PlaceNames::key)
			.distinct()
			.forEach(key -> names.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate));
		if (v.geonames() != null) {
			this.byGeonames.put(v.geonames(), candidate);
		}
		if (v.wikidata() != null) {
			this.byWikidata.put(v.wikidata(), candidate);
		}
		if (v.level() == GovernmentLevel.REGIONAL) {
			this.regional.putIfAbsent(v.subdivision(), candidate);
		}
	}

	/** Governments of the country with a name of this key. */
	public List<PairCandidate> named(String country, String key) {
		return this.byCountry.getOrDefault(country, Map.of()).getOrDefault(key, List.of());
	}

	/**
	 * The government that is this world-gazetteer place, if there is one: the one with
	 * its GeoNames or Wikidata id; for a first-level division, the regional government of
	 * its ISO code; else a government made by hand without either id that has one of its
	 * names in its subdivision.
	 */
	public Optional<PairCandidate> ofPlace(Place place) {
		PairCandidate known = (place.geonameId() != null) ? this.byGeonames.get(place.geonameId()) : null;
		if (known == null && place.wikidata() != null) {
			known = this.byWikidata.get(place.wikidata());
		}
		if (known == null && place.kind() == PlaceKind.FIRST_LEVEL && place.isoCode() != null) {
			known = this.regional.get(place.isoCode());
		}
		if (known != null) {
			return Optional.of(known);
		}
		return Stream.concat(Stream.of(place.name(), place.asciiName()), place.alternateNames().stream())
			.map(PlaceNames::key)
			.distinct()
			.flatMap(key -> named(place.country(), key).stream())
			.filter(g -> g.geonameId() == null && Objects.equals(g.subdivision(), place.subdivision()))
			.findFirst();
	}

}
