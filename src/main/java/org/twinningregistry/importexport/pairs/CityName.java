package org.twinningregistry.importexport.pairs;

import java.util.List;

/**
 * A city cell taken apart: the names to look up, most faithful first, each with the
 * weight a match on it earns, and the qualifiers the cell gave (a containing city or
 * subdivision: "Tokyo" of "Adachi (Tokyo)", "Rhode Island" of "Coventry, Rhode Island").
 *
 * @param cell the cell as written
 * @param variants names to look up, best first
 * @param qualifiers where the place lies, as the cell says
 */
public record CityName(String cell, List<Variant> variants, List<String> qualifiers) {

	public CityName {
		variants = List.copyOf(variants);
		qualifiers = List.copyOf(qualifiers);
	}

	/**
	 * One name to look up.
	 *
	 * @param name the name
	 * @param weight 0–1: what a match on it is worth beside a match on the whole cell
	 */
	public record Variant(String name, double weight) {

	}

}
