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
		return admin1(rows -> lines("admin1CodesASCII.tsv", rows));
	}

	/**
	 * GeoNames first-level code to its name and ASCII name, from the rows a reader hands
	 * on.
	 */
	public static Map<String, List<String>> admin1(Consumer<Consumer<String[]>> reader) {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		reader.accept(fields -> {
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
	 * Each line of a file, split at tabs; comment lines skipped; a {@code .gz} unzipped.
	 */
	static void lines(String file, Consumer<String[]> row) {
		lines(FOLDER + file, file.endsWith(".gz"), row);
	}

	/**
	 * Each line of a resource on the class path, split at tabs; comment lines skipped.
	 * @param gzipped whether to unzip it
	 */
	public static void lines(String resource, boolean gzipped, Consumer<String[]> row) {
		try {
			InputStream in = new ClassPathResource(resource).getInputStream();
			lines(gzipped ? new GZIPInputStream(in, 1 << 16) : in, row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each line of a stream, split at tabs; comment lines skipped; closes the stream. */
	public static void lines(InputStream stream, Consumer<String[]> row) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
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
