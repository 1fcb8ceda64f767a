package org.twinningregistry.gazetteer.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the GeoNames extracts shipped under {@code geonames/} (CC BY 4.0, "GeoNames,
 * geonames.org"): the first-level codes, the crosswalk overrides, the countries and the
 * places of 500 people or more. Only Latin-script alternate names are kept: they are the
 * romanisations a list in English names places by, and keep memory modest.
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

	/**
	 * Country code to the BCP 47 code of its first language in GeoNames' list ({@code ko}
	 * for KR, {@code ja} for JP, {@code zh-TW} for TW): the language its own names are
	 * written in.
	 */
	public static Map<String, String> languages() {
		Map<String, String> languages = new LinkedHashMap<>();
		lines("countryInfo.tsv", fields -> {
			if (fields.length > 15 && !fields[15].isBlank()) {
				String first = fields[15].split(",")[0].strip();
				// Chinese keeps its region (zh-TW is written in traditional characters)
				languages.put(fields[0], first.startsWith("zh-") ? first : first.split("-")[0]);
			}
		});
		return languages;
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

	/**
	 * The places, each with its ISO subdivision through the crosswalk: those of more than
	 * 15,000 people, then the smaller ones of an older dump ({@link PlaceFiles}).
	 */
	public static PlaceIndex places(SubdivisionCrosswalk crosswalk) {
		return new PlaceFiles(crosswalk).read();
	}

	/**
	 * Where the extracts {@link #places} reads come from: the location of the primary
	 * file and when it last changed. Extracts of the same source read alike, so what was
	 * read from one may be shared.
	 */
	public static Source source() {
		ClassPathResource primary = new ClassPathResource(FOLDER + PlaceFiles.PRIMARY);
		String location;
		try {
			location = primary.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long modified;
		try {
			modified = primary.lastModified();
		}
		catch (IOException ex) {
			// an entry of an archive may not tell; its location still names it
			modified = 0;
		}
		return new Source(location, modified);
	}

	/**
	 * Each line of a file, split at tabs; comment lines skipped; a {@code .gz} unzipped.
	 */
	static void lines(String file, Consumer<String[]> row) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8),
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

	private static InputStream open(String file) throws IOException {
		InputStream in = new ClassPathResource(FOLDER + file).getInputStream();
		return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
	}

	/** The location of the extracts and the last change of the primary file. */
	public record Source(String location, long lastModified) {
	}

}
