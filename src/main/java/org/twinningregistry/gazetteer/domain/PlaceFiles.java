package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * Reads the places of the world gazetteer: first {@code cities15000.txt} (the GeoNames
 * places of more than 15,000 people, the newer dump and the primary source), then
 * {@code cities1000-extra.tsv.gz} (the places of more than 1,000 people of an older
 * {@code cities1000} dump that the first file lacks, trimmed to the columns read here),
 * last {@code cities500-extra.tsv.gz} (the places of 500 people or more and the seats of
 * a {@code cities500} dump of 2023 that both lack, trimmed alike). A place already read
 * is never replaced. The strings places share (countries, first-level codes, an ASCII
 * name equal to the name) are read once.
 */
final class PlaceFiles {

	static final String PRIMARY = "cities15000.txt";

	static final String EXTRA = "cities1000-extra.tsv.gz";

	static final String SMALLER = "cities500-extra.tsv.gz";

	private final SubdivisionCrosswalk crosswalk;

	private final PlaceIndex index = new PlaceIndex();

	private final Map<String, String> shared = new HashMap<>();

	PlaceFiles(SubdivisionCrosswalk crosswalk) {
		this.crosswalk = crosswalk;
	}

	PlaceIndex read() {
		// GeoNames "geoname" table: id, name, ascii, alternates, lat, lon, class, code,
		// country, cc2, admin1, admin2, admin3, admin4, population…
		GeoNamesReader.lines(PRIMARY, f -> add(f[0], f[1], f[2], f[3], f[4], f[5], f[8], f[10], f[14]));
		// trimmed: id, name, ascii, Latin alternates, lat, lon, country, admin1,
		// population
		GeoNamesReader.lines(EXTRA, f -> add(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
		GeoNamesReader.lines(SMALLER, f -> add(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
		this.index.compact();
		return this.index;
	}

	private void add(String id, String name, String ascii, String alternates, String latitude, String longitude,
			String country, String admin1Code, String population) {
		long geonameId = Long.parseLong(id);
		if (this.index.contains(geonameId)) {
			return;
		}
		String admin1 = share(country + "." + admin1Code);
		String asciiName = ascii.equals(name) ? name : ascii;
		Set<String> keys = new LinkedHashSet<>();
		keys.add(PlaceNames.key(name));
		keys.add(PlaceNames.key(asciiName));
		List<String> others = latinAlternates(alternates, keys);
		keys.remove("");
		this.index.add(new Place(geonameId, name, asciiName, others, share(country), this.crosswalk.iso(admin1), admin1,
				population.isEmpty() ? 0 : Long.parseLong(population), Double.parseDouble(latitude),
				Double.parseDouble(longitude)), keys);
	}

	private String share(String value) {
		return this.shared.computeIfAbsent(value, v -> v);
	}

	/**
	 * The Latin-script alternate names whose key is not yet among the keys, each adding
	 * its key: "Sant Julia de Loria" adds nothing to "Sant Julià de Lòria".
	 */
	private static List<String> latinAlternates(String list, Set<String> keys) {
		if (list.isEmpty()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String alternate : list.split(",")) {
			// short upper-case codes (airport and postal abbreviations) are not names
			boolean code = alternate.length() <= 4 && alternate.equals(alternate.toUpperCase(Locale.ROOT));
			if (!code && !alternate.contains("http") && PlaceNames.isLatin(alternate)
					&& keys.add(PlaceNames.key(alternate))) {
				names.add(alternate);
			}
		}
		return names;
	}

}
