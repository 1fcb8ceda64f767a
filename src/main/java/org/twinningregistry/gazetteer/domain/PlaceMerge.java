package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * Merges the gazetteer's sources into one list of places without duplicates. GeoNames is
 * read first and held; a place of a later source is the same as a held one when it names
 * the same GeoNames id, or else has the same name in the same country within a few
 * kilometres; it then completes the held place (Wikidata id, names, coordinates) instead
 * of being added. Places found in no held source are handed on at once; the held ones,
 * once every source is read and the divisions without a point of their own have taken
 * their seat's or their places' (see {@link Seats}), at {@link #finish}.
 */
public final class PlaceMerge {

	/** How far apart two sources' points of one place may lie. */
	static final double SAME_PLACE_KM = 8;

	/** How far apart a division's point and that of a place of its name may lie. */
	static final double SAME_UNIT_KM = 30;

	private final Map<String, PlaceRecord> held = new LinkedHashMap<>();

	private final Map<Long, PlaceRecord> byGeonames = new HashMap<>();

	private final Map<String, List<PlaceRecord>> byName = new HashMap<>();

	private final Map<String, PlaceRecord> divisions = new HashMap<>();

	/** The first-level divisions by their ISO 3166-2 code. */
	private final Map<String, PlaceRecord> firstLevel = new HashMap<>();

	private final Seats seats = new Seats();

	private final Consumer<Place> out;

	private int written;

	public PlaceMerge(Consumer<Place> out) {
		this.out = out;
	}

	/** Holds a place read from GeoNames (or another source read first). */
	void hold(PlaceRecord place) {
		if (this.held.putIfAbsent(place.key, place) != null) {
			return;
		}
		if (place.geonameId != null) {
			this.byGeonames.put(place.geonameId, place);
		}
		index(place);
		if (place.kind == PlaceKind.FIRST_LEVEL && place.isoCode != null) {
			this.firstLevel.putIfAbsent(place.isoCode, place);
		}
		if (place.kind == PlaceKind.POPULATED_PLACE) {
			this.seats.count(place);
		}
	}

	/**
	 * Remembers a division by its GeoNames code ({@code CA.01}, {@code CZ.52.8378774}).
	 */
	void division(String code, PlaceRecord place) {
		this.divisions.put(code, place);
	}

	@Nullable PlaceRecord division(String code) {
		return this.divisions.get(code);
	}

	/**
	 * The seat of a first- or second-level division, as its GeoNames feature code says.
	 */
	void seat(String code, PlaceRecord place) {
		this.seats.seat(code, place);
	}

	boolean holds(long geonameId) {
		return this.byGeonames.containsKey(geonameId);
	}

	@Nullable PlaceRecord byGeonames(@Nullable Long geonameId) {
		return (geonameId == null) ? null : this.byGeonames.get(geonameId);
	}

	/**
	 * The held place a place of another source is: the one with its GeoNames id, else one
	 * with one of its names within {@code km} (or, a division held without a point, filed
	 * under the same subdivision or none), of the same family of kinds when one is given;
	 * {@code null} if none.
	 */
	@Nullable PlaceRecord same(Candidate place, @Nullable Boolean administrative, double km) {
		PlaceRecord byId = byGeonames(place.geonameId());
		if (byId != null) {
			return byId;
		}
		PlaceRecord division = (place.firstLevel() && place.subdivision() != null)
				? this.firstLevel.get(place.subdivision()) : null;
		if (division != null) {
			return division;
		}
		for (String name : place.names()) {
			for (PlaceRecord held : named(place.country(), PlaceNames.key(name))) {
				boolean family = administrative == null || held.kind.administrative() == administrative;
				boolean there = held.hasCoordinates() ? held.near(place.latitude(), place.longitude(), km)
						: held.kind.administrative()
								&& (held.subdivision == null || held.subdivision.equals(place.subdivision()));
				if (family && there) {
					return held;
				}
			}
		}
		return null;
	}

	/** What another source says of a place, to find it among the held ones. */
	record Candidate(@Nullable Long geonameId, String country, List<String> names, @Nullable String subdivision,
			double latitude, double longitude, boolean firstLevel) {

		Candidate(@Nullable Long geonameId, String country, List<String> names, @Nullable String subdivision,
				double latitude, double longitude) {
			this(geonameId, country, names, subdivision, latitude, longitude, false);
		}

	}

	/** Held places of the country with a name of this key. */
	List<PlaceRecord> named(String country, String key) {
		return this.byName.getOrDefault(country + "|" + key, List.of());
	}

	/** Hands on a place no held one is, now. */
	void write(PlaceRecord place) {
		this.out.accept(place.toPlace());
		this.written++;
	}

	/**
	 * Adds names to the index of a held place (after a later source gave it more): its
	 * name, ASCII and native names; a division's every name, also without its kind words.
	 * A populated place's alternate names are left out of this index (they are in the
	 * gazetteer's): later sources find most places by GeoNames id, and the keys of every
	 * alternate of 260,000 places would cost the build hundreds of megabytes.
	 */
	void index(PlaceRecord place) {
		List<String> names = place.kind.administrative() ? place.names()
				: java.util.Arrays.asList(place.name, place.asciiName, place.nativeName);
		for (String name : names) {
			if (name == null) {
				continue;
			}
			add(place, PlaceNames.key(name));
			if (place.kind.administrative()) {
				// "Borough of Tameside", "Frederiksberg Kommune" are also known as
				// "Tameside"
				add(place, PlaceNames.subdivisionKey(name));
			}
		}
	}

	private void add(PlaceRecord place, String key) {
		if (!key.isEmpty()) {
			List<PlaceRecord> same = this.byName.computeIfAbsent(place.country + "|" + key, k -> new ArrayList<>(1));
			if (!same.contains(place)) {
				same.add(place);
			}
		}
	}

	/**
	 * Gives the divisions without a point their seat's or their places', then hands on
	 * every held place.
	 * @return how many places were handed on in all
	 */
	public int finish() {
		for (Map.Entry<String, PlaceRecord> division : this.divisions.entrySet()) {
			if (!division.getValue().hasCoordinates()) {
				this.seats.locate(division.getKey(), division.getValue(), this);
			}
		}
		for (PlaceRecord place : this.held.values()) {
			PlaceRecord first = (place.subdivision == null) ? this.divisions.get(place.admin1) : null;
			if (first != null) {
				// a division another source named after the places under it were read
				place.subdivision = first.subdivision;
			}
			write(place);
		}
		return this.written;
	}

}
