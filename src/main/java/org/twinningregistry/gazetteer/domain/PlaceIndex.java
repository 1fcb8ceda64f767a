package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * The world gazetteer's places in memory, found by id, by the key of any of their names
 * ({@link PlaceNames#key}) and by the start of one. Places are added, then
 * {@link #compact() compacted} into sorted arrays (some 150,000 places under some 370,000
 * keys): a key's places are one {@link Place} or an array of them, the most populous
 * first.
 */
public final class PlaceIndex {

	private static final Comparator<Place> LARGEST_FIRST = Comparator.comparingLong(Place::population)
		.reversed()
		.thenComparingLong(Place::geonameId);

	private Map<Long, Place> adding = new HashMap<>();

	private Map<String, List<Place>> addingKeys = new HashMap<>();

	private long[] ids = {};

	private Place[] byId = {};

	private String[] keys = {};

	private Object[] named = {};

	/** Adds a place under the keys of its names, until the index is compacted. */
	void add(Place place, Set<String> keys) {
		this.adding.put(place.geonameId(), place);
		keys.forEach(key -> this.addingKeys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place));
	}

	/** Whether a place with that id was added. */
	boolean contains(long geonameId) {
		return this.adding.containsKey(geonameId) || byId(geonameId) != null;
	}

	/** Turns what was added into sorted arrays; nothing can be added afterwards. */
	void compact() {
		this.byId = this.adding.values()
			.stream()
			.sorted(Comparator.comparingLong(Place::geonameId))
			.toArray(Place[]::new);
		this.ids = Arrays.stream(this.byId).mapToLong(Place::geonameId).toArray();
		this.keys = this.addingKeys.keySet().stream().sorted().toArray(String[]::new);
		this.named = new Object[this.keys.length];
		for (int i = 0; i < this.keys.length; i++) {
			List<Place> places = this.addingKeys.get(this.keys[i]);
			this.named[i] = (places.size() == 1) ? places.get(0)
					: places.stream().sorted(LARGEST_FIRST).toArray(Place[]::new);
		}
		this.adding = Map.of();
		this.addingKeys = Map.of();
	}

	public int size() {
		return this.ids.length;
	}

	public int countWithSubdivision() {
		return (int) Arrays.stream(this.byId).filter(Place::hasSubdivision).count();
	}

	public @Nullable Place byId(long geonameId) {
		int i = Arrays.binarySearch(this.ids, geonameId);
		return (i < 0) ? null : this.byId[i];
	}

	/** Places one of whose names has this key, the most populous first. */
	public List<Place> named(String key) {
		int i = Arrays.binarySearch(this.keys, key);
		return (i < 0) ? List.of() : places(i);
	}

	/**
	 * Up to {@code limit} places one of whose names starts with the key, in the country
	 * if one is given, the most populous first.
	 */
	public List<Place> startingWith(String prefix, @Nullable String country, int limit) {
		if (prefix.isEmpty()) {
			return List.of();
		}
		int from = Arrays.binarySearch(this.keys, prefix);
		Set<Place> found = new LinkedHashSet<>();
		for (int i = (from < 0) ? -from - 1 : from; i < this.keys.length && this.keys[i].startsWith(prefix); i++) {
			places(i).stream().filter(place -> country == null || place.country().equals(country)).forEach(found::add);
		}
		return found.stream().sorted(LARGEST_FIRST).limit(limit).toList();
	}

	/** Every key a place is known by in one country (for fuzzy matching). */
	public Map<String, List<Place>> keysIn(String country) {
		Map<String, List<Place>> inCountry = new HashMap<>();
		for (int i = 0; i < this.keys.length; i++) {
			String key = this.keys[i];
			places(i).stream()
				.filter(place -> place.country().equals(country))
				.forEach(place -> inCountry.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place));
		}
		return inCountry;
	}

	private List<Place> places(int i) {
		return (this.named[i] instanceof Place place) ? List.of(place) : List.of((Place[]) this.named[i]);
	}

}
