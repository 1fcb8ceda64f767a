package org.twinningregistry.gazetteer.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceNames;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the GeoNames extracts shipped under {@code geonames/} (CC BY 4.0, "GeoNames,
 * geonames.org"): the first-level codes, the crosswalk overrides, the countries and the
 * places of more than 15,000 people. Only Latin-script alternate names are kept: they are
 * the romanisations a list in English names places by, and keep memory modest.
 */
public final class GeoNamesReader {

	private static final String FOLDER = "geonames/";

	private GeoNamesReader() {
	}

	/** GeoNames first-level code ({@code CA.01}) to its name and ASCII name. */
	public static Map<String, List<String>> admin1() {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		lines("admin1CodesASCII.tsv", fields -> {
			if (fields.length >= 3) {
				codes.put(fields[0], List.of(fields[1], fields[2]));
			}
		});
		return codes;
	}

	/** Country code to GeoNames' English name of the country. */
	public static Map<String, String> countries() {
		Map<String, String> countries = new LinkedHashMap<>();
		lines("countryInfo.tsv", fields -> countries.put(fields[0], fields[4]));
		return countries;
	}

	public static Properties overrides() {
		Properties overrides = new Properties();
		try (var in = new ClassPathResource(FOLDER + "admin1-iso-overrides.properties").getInputStream()) {
			overrides.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return overrides;
	}

	/** The places, each with its ISO subdivision through the crosswalk. */
	public static PlaceIndex places(SubdivisionCrosswalk crosswalk) {
		PlaceIndex index = new PlaceIndex();
		lines("cities15000.txt", f -> {
			String admin1 = f[8] + "." + f[10];
			index.add(new Place(Long.parseLong(f[0]), f[1], f[2], latinAlternates(f[3], f[1], f[2]), f[8],
					crosswalk.iso(admin1), admin1, f[14].isEmpty() ? 0 : Long.parseLong(f[14]),
					Double.parseDouble(f[4]), Double.parseDouble(f[5])));
		});
		return index;
	}

	private static List<String> latinAlternates(String list, String name, String ascii) {
		if (list.isEmpty()) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String alternate : list.split(",")) {
			// short upper-case codes (airport and postal abbreviations) are not names
			boolean code = alternate.length() <= 4 && alternate.equals(alternate.toUpperCase(java.util.Locale.ROOT));
			if (!code && !alternate.contains("http") && PlaceNames.isLatin(alternate) && !alternate.equals(name)
					&& !alternate.equals(ascii)) {
				names.add(alternate);
			}
		}
		return new ArrayList<>(names);
	}

	private static void lines(String file, Consumer<String[]> row) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FOLDER + file).getInputStream(), StandardCharsets.UTF_8),
				1 << 16)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isEmpty() && line.charAt(0) != '#') {
					row.accept(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
