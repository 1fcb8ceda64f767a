package org.twinningregistry.partnerfinder;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;

/**
 * A suggested partner: a registry government, or a place of the world gazetteer not yet
 * in the registry.
 *
 * @param government the registry government's id; {@code null} for a gazetteer place
 * @param geonameId the GeoNames id: the place's, or the government's where it has one
 * @param name the name in the reader's language
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2 code of its first-level subdivision, if known
 * @param level regional or local
 * @param population inhabitants, if known
 */
public record SuggestedCandidate(@Nullable GovernmentId government, @Nullable Long geonameId, String name,
		String country, @Nullable String subdivision, GovernmentLevel level, @Nullable Long population) {

	/** Whether it is a registry government rather than a gazetteer place. */
	public boolean registered() {
		return this.government != null;
	}

}
