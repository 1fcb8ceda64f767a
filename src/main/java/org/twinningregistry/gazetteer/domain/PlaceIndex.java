package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * The world gazetteer's places in memory, found by id, by the key of any of their names
 * ({@link PlaceNames#key}) and by the start of one.
 */
public final class PlaceIndex {

	private static final Comparator<Place> LARGEST_FIRST = Comparator.comparingLong(Place::population)
		.reversed()
		.thenComparingLong(Place::geonameId);

	private final Map<Long, Place> byId = new HashMap<>();

	private final TreeMap<String, List<Place>> byKey = new TreeMap<>();

	void add(Place place) {
		this.byId.put(place.geonameId(), place);
		Set<String> keys = new LinkedHashSet<>();
		keys.add(PlaceNames.key(place.name()));
		keys.add(PlaceNames.key(place.asciiName()));
		place.alternateNames().forEach(name -> keys.add(PlaceNames.key(name)));
		keys.remove("");
		keys.forEach(key -> {
			List<Place> places = this.byKey.get(key);
			if (places == null) {
				this.byKey.put(key, List.of(place));
			}
			else {
				if (!(places instanceof ArrayList)) {
					places = new ArrayList<>(places);
					this.byKey.put(key, places);
				}
				places.add(place);
			}
		});
	}

	/**
	 * Turns each name's list of places into a compact unmodifiable one, the most populous
	 * first, once every place is added.
	 */
	void compact() {
		this.byKey.replaceAll((key, places) -> (places.size() == 1) ? List.of(places.get(0))
				: places.stream().sorted(LARGEST_FIRST).toList());
	}

	public int size() {
		return this.byId.size();
	}

	public int countWithSubdivision() {
		return (int) this.byId.values().stream().filter(Place::hasSubdivision).count();
	}

	public @Nullable Place byId(long geonameId) {
		return this.byId.get(geonameId);
	}

	/** Places one of whose names has this key, the most populous first. */
	public List<Place> named(String key) {
		List<Place> places = this.byKey.getOrDefault(key, List.of());
		return places.stream().sorted(LARGEST_FIRST).toList();
	}

	/**
	 * Up to {@code limit} places one of whose names starts with the key, in the country
	 * if one is given, the most populous first.
	 */
	public List<Place> startingWith(String prefix, @Nullable String country, int limit) {
		if (prefix.isEmpty()) {
			return List.of();
		}
		SortedMap<String, List<Place>> range = this.byKey.subMap(prefix, prefix + Character.MAX_VALUE);
		Set<Place> found = new LinkedHashSet<>();
		range.values()
			.forEach(places -> places.stream()
				.filter(place -> country == null || place.country().equals(country))
				.forEach(found::add));
		return found.stream().sorted(LARGEST_FIRST).limit(limit).toList();
	}

	/** Every key a place is known by in one country (for fuzzy matching). */
	public Map<String, List<Place>> keysIn(String country) {
		Map<String, List<Place>> keys = new HashMap<>();
		this.byKey.forEach((key, places) -> places.stream()
			.filter(place -> place.country().equals(country))
			.forEach(place -> keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place)));
		return keys;
	}

}
