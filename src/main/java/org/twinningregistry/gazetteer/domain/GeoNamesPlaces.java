package org.twinningregistry.gazetteer.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * Reads GeoNames' files into the merge: the first- and second-level divisions
 * ({@code admin1CodesASCII}, {@code admin2Codes}), then places in the "geoname" table's
 * 19 columns ({@code cities15000.txt}, {@code allCountries.txt}, a country's
 * {@code XX.txt}) or the trimmed 9 of the shipped extracts. Of the full table it takes
 * populated places (class {@code P}, less the historical and destroyed ones), city
 * sections ({@code PPLX}) as districts and the divisions ({@code ADM1}–{@code ADM4}): a
 * division already read from the code files is completed (point, population, names), a
 * finer one added as a municipality. A place read once is never replaced.
 */
public final class GeoNamesPlaces {

	static final String SOURCE = "geonames";

	private static final Set<String> LEFT_OUT = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");

	private final PlaceMerge merge;

	private final SubdivisionCrosswalk crosswalk;

	public GeoNamesPlaces(PlaceMerge merge, SubdivisionCrosswalk crosswalk) {
		this.merge = merge;
		this.crosswalk = crosswalk;
	}

	/** A row of {@code admin1CodesASCII}: code, name, ASCII name, geonameid. */
	public void admin1(String[] f) {
		if (f.length < 4 || f[3].isBlank()) {
			return;
		}
		PlaceRecord unit = record(f[3], PlaceKind.FIRST_LEVEL, f[0].substring(0, 2), f[1], f[2]);
		unit.admin1 = f[0];
		unit.subdivision = this.crosswalk.iso(f[0]);
		unit.isoCode = unit.subdivision;
		this.merge.hold(unit);
		this.merge.division(f[0], unit);
	}

	/**
	 * A row of {@code admin2Codes}: code {@code CC.A1.A2}, name, ASCII name, geonameid.
	 */
	public void admin2(String[] f) {
		if (f.length < 4 || f[3].isBlank() || f[0].indexOf('.', 3) < 0) {
			return;
		}
		int dot = f[0].indexOf('.', 3);
		PlaceRecord unit = record(f[3], PlaceKind.SECOND_LEVEL, f[0].substring(0, 2), f[1], f[2]);
		unit.admin1 = f[0].substring(0, dot);
		unit.admin2 = f[0].substring(dot + 1);
		unit.subdivision = this.crosswalk.iso(unit.admin1);
		PlaceRecord first = this.merge.division(unit.admin1);
		unit.parent = (first != null) ? first.key : null;
		this.merge.hold(unit);
		this.merge.division(f[0], unit);
	}

	/** A row of the "geoname" table, 19 columns. */
	public void geoname(String[] f) {
		if (f.length < 15 || f[4].isEmpty() || f[5].isEmpty()) {
			return;
		}
		String code = f[7];
		boolean populated = "P".equals(f[6]) && !LEFT_OUT.contains(code);
		boolean division = "A".equals(f[6]) && code.startsWith("ADM") && code.length() == 4;
		if (!populated && !division) {
			return;
		}
		PlaceRecord known = this.merge.byGeonames(Long.valueOf(f[0]));
		if (known != null) {
			complete(known, f);
			return;
		}
		PlaceKind kind = division ? PlaceKind.MUNICIPALITY
				: "PPLX".equals(code) ? PlaceKind.CITY_DISTRICT : PlaceKind.POPULATED_PLACE;
		PlaceRecord place = place(f[0], kind, f[1], f[2], f[3], f[4], f[5], f[8], f[10], f[14]);
		place.admin2 = f[11].isEmpty() ? null : f[11];
		this.merge.hold(place);
		seat(code, place);
	}

	/**
	 * A row of a shipped extract: geonameid, name, ASCII name, Latin alternates,
	 * latitude, longitude, country, first-level code, population.
	 */
	public void extract(String[] f) {
		if (f.length >= 9 && !this.merge.holds(Long.parseLong(f[0]))) {
			this.merge.hold(place(f[0], PlaceKind.POPULATED_PLACE, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
		}
	}

	/**
	 * A row of {@code alternateNamesV2}: id, geonameid, language, name, preferred, short,
	 * colloquial, historic…; a Wikidata id ({@code wkdt}), a Latin name, or a name in the
	 * country's language for a place read.
	 */
	public void alternateName(String[] f, CountryLanguages languages) {
		if (f.length < 4) {
			return;
		}
		PlaceRecord place = this.merge.byGeonames(Long.valueOf(f[1]));
		if (place == null || (f.length > 7 && ("1".equals(f[6]) || "1".equals(f[7])))) {
			return;
		}
		String language = f[2];
		if ("wkdt".equals(language)) {
			place.wikidata = f[3];
		}
		else if (language.length() <= 3 && !"abbr".equals(language)) {
			if (place.nativeName == null && !PlaceNames.isLatin(f[3]) && languages.speaks(place.country, language)) {
				place.nativeName = f[3];
			}
			else if (PlaceNames.isLatin(f[3])) {
				place.alternate(f[3]);
			}
			this.merge.index(place);
		}
	}

	private void complete(PlaceRecord known, String[] f) {
		if (!known.hasCoordinates()) {
			known.at(Double.parseDouble(f[4]), Double.parseDouble(f[5]));
		}
		if (known.population == 0 && !f[14].isEmpty()) {
			known.population = Long.parseLong(f[14]);
		}
		latinAlternates(known, f[3]);
	}

	private void seat(String code, PlaceRecord place) {
		if ("PPLA".equals(code) || "PPLC".equals(code)) {
			this.merge.seat(place.admin1, place);
		}
		else if ("PPLA2".equals(code) && place.admin2 != null) {
			this.merge.seat(place.admin1 + "." + place.admin2, place);
		}
	}

	private PlaceRecord place(String id, PlaceKind kind, String name, String ascii, String alternates, String lat,
			String lon, String country, String admin1, String population) {
		PlaceRecord place = record(id, kind, country, name, ascii);
		place.at(Double.parseDouble(lat), Double.parseDouble(lon));
		place.admin1 = country + "." + admin1;
		place.subdivision = this.crosswalk.iso(place.admin1);
		PlaceRecord first = this.merge.division(place.admin1);
		place.parent = (first != null) ? first.key : null;
		place.population = population.isEmpty() ? 0 : Long.parseLong(population);
		latinAlternates(place, alternates);
		return place;
	}

	private static PlaceRecord record(String id, PlaceKind kind, String country, String name, String ascii) {
		PlaceRecord place = new PlaceRecord(PlaceRecordKeys.geonames(id), kind, country.toUpperCase(Locale.ROOT), name,
				SOURCE);
		place.geonameId = Long.valueOf(id);
		place.asciiName = ascii.isEmpty() ? name : ascii;
		return place;
	}

	/**
	 * The Latin-script alternate names: short upper-case codes (airport and postal
	 * abbreviations) and links are not names.
	 */
	private static void latinAlternates(PlaceRecord place, @Nullable String list) {
		if (list == null || list.isEmpty()) {
			return;
		}
		for (String alternate : List.of(list.split(","))) {
			boolean code = alternate.length() <= 4 && alternate.equals(alternate.toUpperCase(Locale.ROOT));
			if (!code && !alternate.contains("http") && PlaceNames.isLatin(alternate)) {
				place.alternate(alternate);
			}
		}
	}

}
