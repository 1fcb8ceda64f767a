package org.twinningregistry.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.twinningregistry.gazetteer.domain.GazetteerBuild;
import org.twinningregistry.gazetteer.domain.GeoNamesReader;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.gazetteer.domain.SubdivisionCrosswalk;
import org.twinningregistry.gazetteer.internal.PlaceIndexFolder;
import org.twinningregistry.gazetteer.internal.PlaceSearch;

/**
 * The world gazetteer: reference places of every kind (populated places, first- and
 * second-level divisions, municipalities, city districts) merged from GeoNames (CC BY
 * 4.0), Who's On First, Destatis (dl-de/by-2-0) and ISO 3166-2, each with its ISO 3166-2
 * subdivision through the crosswalk. They are not registry governments; a curator makes a
 * government of one with {@link #governmentValues(Place)}. The places live in a Lucene
 * index in {@code registry.gazetteer.folder}, memory-mapped, built from the shipped files
 * on first use (in the background once the application is ready) and opened once per JVM;
 * only the crosswalk and country names are held on the heap.
 */
@Service
@EnableConfigurationProperties(GazetteerSettings.class)
public class WorldGazetteer {

	private static final Logger log = LoggerFactory.getLogger(WorldGazetteer.class);

	/** The most places a name lookup gives. */
	static final int MAX_NAMED = 50;

	private final IsoCodeList codes;

	private final GazetteerSettings settings;

	private final ApplicationEventPublisher events;

	private volatile @Nullable Loaded loaded;

	@Autowired
	WorldGazetteer(IsoCodeList codes, GazetteerSettings settings, ApplicationEventPublisher events) {
		this.codes = codes;
		this.settings = settings;
		this.events = events;
	}

	/** A gazetteer outside an application context (tests, tools). */
	public WorldGazetteer(IsoCodeList codes, GazetteerSettings settings) {
		this(codes, settings, event -> {
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("world-gazetteer").start(() -> {
			data();
			this.events.publishEvent(new WorldGazetteerOpened());
		});
	}

	/** The place with this key ({@code geonames:…}, {@code wof:…}…), or empty. */
	public Optional<Place> place(String key) {
		return data().places().byKey(key);
	}

	/** The place with this GeoNames id, or empty if the gazetteer has none. */
	public Optional<Place> place(long geonameId) {
		return data().places().byGeonames(geonameId);
	}

	/** The places with this Wikidata item id (usually one), or none. */
	public List<Place> withWikidata(String qid) {
		return data().places().byWikidata(qid);
	}

	/**
	 * The division whose own ISO 3166-2 code this is ({@code KR-41}, {@code GB-KEC}), at
	 * its capital or centre; empty if the gazetteer has none.
	 */
	public Optional<Place> subdivision(String code) {
		List<Place> places = data().places().byIsoCode(code);
		return places.stream()
			.filter(place -> place.kind() == PlaceKind.FIRST_LEVEL)
			.findFirst()
			.or(() -> places.stream().findFirst());
	}

	/**
	 * Whether the places can be read without waiting for the index to be built: it is
	 * open, or built and only to be opened.
	 */
	public boolean ready() {
		return this.loaded != null || PlaceIndexFolder.available(this.settings.folder());
	}

	/**
	 * Places one of whose names has the same {@link PlaceNames#key key} as {@code name}
	 * (an administrative unit's also without its kind words), in the country if one is
	 * given, the most populous first, at most {@value #MAX_NAMED}; empty if none.
	 */
	public List<Place> named(String name, @Nullable String country) {
		return data().places().named(PlaceNames.key(name), country, MAX_NAMED);
	}

	/**
	 * Up to {@code limit} places one of whose names starts as {@code text} does, in the
	 * country if one is given, the most populous first.
	 */
	public List<Place> suggest(String text, @Nullable String country, int limit) {
		return data().places().startingWith(PlaceNames.key(text), country, limit);
	}

	/**
	 * The most populous places of a country, at most {@code limit}, the most populous
	 * first: every kind of place (a city may come as a populated place and as the
	 * municipality or division of the same name).
	 */
	public List<Place> populous(String country, int limit) {
		return data().places().inCountry(country, limit);
	}

	/** How many places the gazetteer holds. */
	public int size() {
		return data().places().size();
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
		Map<String, String> index = data().places().description();
		return data().crosswalk()
			.coverage(Integer.parseInt(index.getOrDefault("places", "0")),
					Integer.parseInt(index.getOrDefault("placesWithSubdivision", "0")));
	}

	/**
	 * The values of a government made from the place: its names, country, subdivision
	 * (its own ISO code for a first-level division, which is then regional), population,
	 * coordinates, Wikidata and GeoNames ids.
	 * @throws IllegalArgumentException if the place has no ISO subdivision
	 */
	public GovernmentValues governmentValues(Place place) {
		String subdivision = (place.kind() == PlaceKind.FIRST_LEVEL && place.isoCode() != null) ? place.isoCode()
				: place.subdivision();
		if (subdivision == null) {
			throw new IllegalArgumentException("no ISO subdivision for " + place.key());
		}
		return new GovernmentValues(place.name(), null, place.nativeName(), place.country(), subdivision,
				place.kind().regional() ? GovernmentLevel.REGIONAL : GovernmentLevel.LOCAL, null,
				(place.population() > 0) ? place.population() : null, place.latitude(), place.longitude(),
				place.wikidata(), place.geonameId());
	}

	private Loaded data() {
		Loaded current = this.loaded;
		if (current == null) {
			synchronized (this) {
				current = this.loaded;
				if (current == null) {
					current = load();
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
		PlaceSearch places = PlaceIndexFolder.open(this.settings.folder(), new GazetteerBuild(this.codes));
		log.info("World gazetteer: {} places in {} ({}), opened in {} ms", places.size(), places.folder(),
				places.description().get("source"), (System.nanoTime() - start) / 1_000_000);
		return new Loaded(places, crosswalk, GeoNamesReader.countries());
	}

	private record Loaded(PlaceSearch places, SubdivisionCrosswalk crosswalk, Map<String, String> countries) {
	}

}
