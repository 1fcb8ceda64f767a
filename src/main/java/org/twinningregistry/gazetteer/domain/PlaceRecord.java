package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * A place while the gazetteer is built: what its sources say so far, completed by the
 * sources read after it (a Wikidata id and names from Who's On First, coordinates from a
 * seat), then written once as a {@link Place}.
 */
public final class PlaceRecord {

	/** How many alternate names a place keeps. */
	static final int MAX_ALTERNATES = 64;

	final String key;

	final PlaceKind kind;

	final String country;

	@Nullable Long geonameId;

	@Nullable String wikidata;

	String name;

	String asciiName;

	final List<String> alternates = new ArrayList<>(0);

	@Nullable String nativeName;

	@Nullable String subdivision;

	@Nullable String isoCode;

	String admin1 = "";

	@Nullable String admin2;

	@Nullable String parent;

	long population;

	double latitude = Double.NaN;

	double longitude = Double.NaN;

	final List<String> sources = new ArrayList<>(1);

	PlaceRecord(String key, PlaceKind kind, String country, String name, String source) {
		this.key = key;
		this.kind = kind;
		this.country = country;
		this.name = name;
		this.asciiName = name;
		this.sources.add(source);
	}

	void source(String source) {
		if (!this.sources.contains(source)) {
			this.sources.add(source);
		}
	}

	boolean hasCoordinates() {
		return !Double.isNaN(this.latitude) && !Double.isNaN(this.longitude);
	}

	void at(double lat, double lon) {
		this.latitude = lat;
		this.longitude = lon;
	}

	/** Adds an alternate name unless its key is one the place has already. */
	void alternate(@Nullable String alternate) {
		if (alternate == null || alternate.isBlank() || this.alternates.size() >= MAX_ALTERNATES) {
			return;
		}
		String key = PlaceNames.key(alternate);
		if (!key.isEmpty() && !key.equals(PlaceNames.key(this.name)) && !key.equals(PlaceNames.key(this.asciiName))
				&& this.alternates.stream().noneMatch(a -> PlaceNames.key(a).equals(key))) {
			this.alternates.add(alternate);
		}
	}

	/** Every name the place is known by. */
	List<String> names() {
		List<String> names = new ArrayList<>(this.alternates.size() + 3);
		names.add(this.name);
		names.add(this.asciiName);
		names.addAll(this.alternates);
		if (this.nativeName != null) {
			names.add(this.nativeName);
		}
		return names;
	}

	/** Whether another source's place at this point, of this name, is this one. */
	boolean near(double lat, double lon, double km) {
		return hasCoordinates()
				&& org.twinningregistry.gazetteer.PlaceDistance.km(this.latitude, this.longitude, lat, lon) <= km;
	}

	/**
	 * The place as the index keeps it; a subdivision of another country than its own (a
	 * source's mistake) is left out, for a government must lie in its own country's.
	 */
	public Place toPlace() {
		boolean own = this.subdivision != null && this.subdivision.startsWith(this.country + "-");
		return new Place(this.key, this.geonameId, this.wikidata, this.kind, this.name, this.asciiName,
				List.copyOf(this.alternates), this.nativeName, this.country, own ? this.subdivision : null,
				own ? this.isoCode : null, this.admin1, this.parent, this.population,
				hasCoordinates() ? this.latitude : null, hasCoordinates() ? this.longitude : null,
				List.copyOf(this.sources));
	}

}
