package org.twinningregistry.importexport.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * The registry's governments as a pairs list is reconciled against them: by country and
 * name key (English, French and local names), and by GeoNames id, read once per list.
 */
public final class RegistryIndex {

	private final Map<String, Map<String, List<PairCandidate>>> byCountry = new HashMap<>();

	private final Map<Long, PairCandidate> byGeonames = new HashMap<>();

	public RegistryIndex(Gazetteer gazetteer) {
		gazetteer.forEach(this::add);
	}

	private void add(GovernmentDetails government) {
		GovernmentValues v = government.values();
		PairCandidate candidate = new PairCandidate(PairCandidate.GOVERNMENT + government.id().value(),
				government.id().value(), v.geonames(), v.name(), v.country(), v.subdivision(), v.population(), 1);
		Map<String, List<PairCandidate>> names = this.byCountry.computeIfAbsent(v.country(), c -> new HashMap<>());
		Stream.of(v.name(), v.nameFr(), v.nameLocal())
			.filter(name -> name != null && !name.isBlank())
			.map(PlaceNames::key)
			.distinct()
			.forEach(key -> names.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate));
		if (v.geonames() != null) {
			this.byGeonames.put(v.geonames(), candidate);
		}
	}

	/** Governments of the country with a name of this key. */
	public List<PairCandidate> named(String country, String key) {
		return this.byCountry.getOrDefault(country, Map.of()).getOrDefault(key, List.of());
	}

	/** The government made from this GeoNames place, if there is one. */
	public Optional<PairCandidate> ofPlace(long geonameId) {
		return Optional.ofNullable(this.byGeonames.get(geonameId));
	}

}
