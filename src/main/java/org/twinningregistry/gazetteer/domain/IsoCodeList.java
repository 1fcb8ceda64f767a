package org.twinningregistry.gazetteer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ISO 3166-1 countries and ISO 3166-2 subdivisions the registry accepts, from
 * Debian's iso-codes (shipped under {@code iso/}, LGPL-2.1-or-later), with English and
 * French names. French country names come from the JDK's locale data; subdivision names
 * are the iso-codes names, corrected and translated where
 * {@code iso/subdivision-names.properties} says.
 */
@Component
public class IsoCodeList {

	private static final Locale FRENCH = Locale.FRENCH;

	private final Map<String, String> countries;

	private final Map<String, String> subdivisions;

	private final java.util.Set<String> nested = new java.util.HashSet<>();

	private final Map<String, String> parents = new TreeMap<>();

	private final Properties overrides = new Properties();

	public IsoCodeList() {
		ObjectMapper json = new ObjectMapper();
		this.countries = new TreeMap<>();
		for (JsonNode node : read(json, "iso/iso_3166-1.json").get("3166-1")) {
			JsonNode common = node.get("common_name");
			String name = (common != null) ? common.asString() : node.get("name").asString();
			this.countries.put(node.get("alpha_2").asString(), name);
		}
		this.subdivisions = new TreeMap<>();
		for (JsonNode node : read(json, "iso/iso_3166-2.json").get("3166-2")) {
			String code = node.get("code").asString();
			this.subdivisions.put(code, node.get("name").asString());
			if (node.has("parent")) {
				this.nested.add(code);
				String parent = node.get("parent").asString();
				this.parents.put(code, parent.contains("-") ? parent : code.substring(0, 3) + parent);
			}
		}
		try (InputStream in = new ClassPathResource("iso/subdivision-names.properties").getInputStream()) {
			this.overrides.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode read(ObjectMapper json, String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean isCountry(String code) {
		return this.countries.containsKey(code);
	}

	public boolean isSubdivision(String code) {
		return this.subdivisions.containsKey(code);
	}

	/**
	 * Whether the subdivision is of the first level (iso-codes names no parent for it),
	 * as a province, a Korean do or an English nation is.
	 */
	public boolean isFirstLevel(String code) {
		return this.subdivisions.containsKey(code) && !this.nested.contains(code);
	}

	/**
	 * Every nested subdivision's parent subdivision, by code, as iso-codes gives them.
	 */
	public Map<String, String> parents() {
		return Collections.unmodifiableMap(this.parents);
	}

	/** The subdivision's name as iso-codes spells it, or the code if unknown. */
	public String rawSubdivisionName(String code) {
		return this.subdivisions.getOrDefault(code, code);
	}

	/** Every subdivision code of the list, first-level or nested, in code order. */
	public java.util.Set<String> subdivisionCodes() {
		return Collections.unmodifiableSet(this.subdivisions.keySet());
	}

	/**
	 * The country's name in the locale's language (French or English), or the code if
	 * unknown.
	 */
	public String countryName(String code, Locale locale) {
		String english = this.countries.get(code);
		if (english == null) {
			return code;
		}
		if (isFrench(locale)) {
			String french = Locale.of("", code).getDisplayCountry(FRENCH);
			return (french.isBlank() || french.equals(code)) ? english : french;
		}
		return english;
	}

	/**
	 * The subdivision's name in the locale's language where known, or the code if
	 * unknown.
	 */
	public String subdivisionName(String code, Locale locale) {
		if (isFrench(locale)) {
			String french = this.overrides.getProperty(code + "_fr");
			if (french != null) {
				return french;
			}
		}
		String name = this.overrides.getProperty(code, this.subdivisions.get(code));
		return (name != null) ? name : code;
	}

	/** Every country code with its name, sorted by name in the locale. */
	public Map<String, String> countries(Locale locale) {
		return sortedByName(this.countries.keySet().stream().toList(), code -> countryName(code, locale));
	}

	/** The subdivisions of one country with their names, sorted by name. */
	public Map<String, String> subdivisions(String country, Locale locale) {
		List<String> codes = this.subdivisions.keySet()
			.stream()
			.filter(code -> code.startsWith(country + "-"))
			.toList();
		return sortedByName(codes, code -> subdivisionName(code, locale));
	}

	private static Map<String, String> sortedByName(List<String> codes,
			java.util.function.Function<String, String> name) {
		Map<String, String> sorted = new LinkedHashMap<>();
		codes.stream()
			.sorted(Comparator.comparing(name, java.text.Collator.getInstance()))
			.forEach(code -> sorted.put(code, name.apply(code)));
		return Collections.unmodifiableMap(sorted);
	}

	private static boolean isFrench(@Nullable Locale locale) {
		return locale != null && "fr".equals(locale.getLanguage());
	}

}
