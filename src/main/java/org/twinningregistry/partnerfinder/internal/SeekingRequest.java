package org.twinningregistry.partnerfinder.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;

/**
 * A published, unexpired request for partners, as the scoring needs it.
 *
 * @param countries the countries sought; empty for anywhere
 * @param purposes the purposes sought
 * @param sizeMin the smallest population sought, if any
 * @param sizeMax the largest population sought, if any
 * @param level the level sought, or {@code null} for either
 */
public record SeekingRequest(Set<String> countries, Set<Category> purposes, @Nullable Long sizeMin,
		@Nullable Long sizeMax, @Nullable GovernmentLevel level) {

	public SeekingRequest {
		countries = Set.copyOf(countries);
		purposes = Set.copyOf(purposes);
	}

	/** Whether it seeks partners in the country (or anywhere). */
	public boolean seeksCountry(String country) {
		return this.countries.isEmpty() || this.countries.contains(country);
	}

	/** Whether a partner of this population (unknown: yes) and level fits it. */
	public boolean fits(@Nullable Long population, GovernmentLevel level) {
		boolean size = population == null || ((this.sizeMin == null || population >= this.sizeMin)
				&& (this.sizeMax == null || population <= this.sizeMax));
		return size && (this.level == null || this.level == level);
	}

	static Set<String> codes(@Nullable String joined) {
		if (joined == null || joined.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(joined.split(";")).map(String::trim).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
	}

	static Set<Category> categories(@Nullable String joined) {
		return codes(joined).stream().map(Category::valueOf).collect(Collectors.toSet());
	}

}
