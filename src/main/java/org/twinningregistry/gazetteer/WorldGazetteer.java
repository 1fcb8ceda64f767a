package org.twinningregistry.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.util.ConcurrentReferenceHashMap;
import org.springframework.util.ConcurrentReferenceHashMap.ReferenceType;
import org.twinningregistry.gazetteer.domain.GeoNamesReader;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.gazetteer.domain.PlaceIndex;
import org.twinningregistry.gazetteer.domain.SubdivisionCrosswalk;

/**
 * The world gazetteer: the reference places of GeoNames (CC BY 4.0, "GeoNames,
 * geonames.org"), held in memory, with their ISO 3166-2 subdivision through the
 * crosswalk. They are not registry governments; a curator makes a government of one with
 * {@link #governmentValues(Place)}. The data is read once, in the background when the
 * application is ready or on first use, whichever comes first. What is read is immutable
 * and depends only on the files shipped, so every application context of one JVM shares
 * it (the test suite starts many, and reading takes seconds); the cache holds it softly.
 */
@Service
public class WorldGazetteer {

	private static final Logger log = LoggerFactory.getLogger(WorldGazetteer.class);

	private static final ConcurrentMap<GeoNamesReader.Source, Loaded> SHARED = new ConcurrentReferenceHashMap<>(1,
			ReferenceType.SOFT);

	private final IsoCodeList codes;

	private volatile @Nullable Loaded loaded;

	WorldGazetteer(IsoCodeList codes) {
		this.codes = codes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("world-gazetteer").start(this::data);
	}

	/** The place with this GeoNames id, or empty if the gazetteer has none. */
	public Optional<Place> place(long geonameId) {
		return Optional.ofNullable(data().index().byId(geonameId));
	}

	/**
	 * Places one of whose names (GeoNames name, ASCII name or a Latin alternate) has the
	 * same {@link PlaceNames#key key} as {@code name}, in the country if one is given,
	 * the most populous first; empty if none.
	 */
	public List<Place> named(String name, @Nullable String country) {
		return data().index()
			.named(PlaceNames.key(name))
			.stream()
			.filter(place -> country == null || place.country().equals(country))
			.toList();
	}

	/**
	 * Up to {@code limit} places one of whose names starts as {@code text} does, in the
	 * country if one is given, the most populous first.
	 */
	public List<Place> suggest(String text, @Nullable String country, int limit) {
		return data().index().startingWith(PlaceNames.key(text), country, limit);
	}

	/** Every name key of the places of one country, for fuzzy matching. */
	public Map<String, List<Place>> nameKeys(String country) {
		return data().index().keysIn(country);
	}

	/** GeoNames' English names of the countries, by ISO 3166-1 alpha-2 code. */
	public Map<String, String> countryNames() {
		return data().countries();
	}

	/** The ISO 3166-2 code of a GeoNames first-level code ({@code CA.01}), if mapped. */
	public Optional<String> isoSubdivision(String admin1) {
		return Optional.ofNullable(data().crosswalk().iso(admin1));
	}

	/**
	 * Whether places are filed under this ISO 3166-2 subdivision: true for the level the
	 * crosswalk maps GeoNames first-level codes to (Seoul, KR-11), false for a finer one
	 * (Ille-et-Vilaine, FR-35, whose places are filed under Brittany).
	 */
	public boolean filesPlacesUnder(String subdivision) {
		return data().crosswalk().isTarget(subdivision);
	}

	public CrosswalkCoverage crosswalkCoverage() {
		return data().crosswalk().coverage(data().index());
	}

	/**
	 * The values of a local government made from the place: its names, country,
	 * subdivision, population, coordinates and GeoNames id.
	 * @throws IllegalArgumentException if the crosswalk gives the place no subdivision
	 */
	public GovernmentValues governmentValues(Place place) {
		if (place.subdivision() == null) {
			throw new IllegalArgumentException("no ISO subdivision for " + place.admin1());
		}
		return new GovernmentValues(place.name(), null, null, place.country(), place.subdivision(),
				GovernmentLevel.LOCAL, null, place.population(), place.latitude(), place.longitude(), null,
				place.geonameId());
	}

	private Loaded data() {
		Loaded current = this.loaded;
		if (current == null) {
			synchronized (this) {
				current = this.loaded;
				if (current == null) {
					current = SHARED.computeIfAbsent(GeoNamesReader.source(), source -> load());
					this.loaded = current;
				}
			}
		}
		return current;
	}

	private Loaded load() {
		long start = System.nanoTime();
		SubdivisionCrosswalk crosswalk = new SubdivisionCrosswalk(GeoNamesReader.admin1(), this.codes,
				GeoNamesReader.overrides());
		PlaceIndex index = GeoNamesReader.places(crosswalk);
		Loaded data = new Loaded(index, crosswalk, GeoNamesReader.countries());
		CrosswalkCoverage coverage = crosswalk.coverage(index);
		log.info("World gazetteer: {} places read in {} ms; crosswalk maps {} of {} first-level codes, {} places",
				index.size(), (System.nanoTime() - start) / 1_000_000, coverage.mapped(), coverage.codes(),
				coverage.placesMapped());
		return data;
	}

	private record Loaded(PlaceIndex index, SubdivisionCrosswalk crosswalk, Map<String, String> countries) {
	}

}
