package org.twinningregistry.partnerfinder.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.SuggestedCandidate;
import org.twinningregistry.partnerfinder.Suggestion;
import org.twinningregistry.partnerfinder.SuggestionComponent;
import org.twinningregistry.partnerfinder.SuggestionReason;

/**
 * A government's partner suggestions, best first.
 *
 * @param suggestions the suggestions
 */
record SuggestionsResponse(List<SuggestionResponse> suggestions) {

	static SuggestionsResponse of(List<Suggestion> suggestions) {
		return new SuggestionsResponse(suggestions.stream().map(SuggestionResponse::of).toList());
	}

	/**
	 * One suggested partner.
	 *
	 * @param score the sum of the reasons' points
	 * @param candidate who is suggested
	 * @param reasons every component of the score, the largest first
	 */
	record SuggestionResponse(@Schema(description = "The sum of the reasons' points") double score,
			CandidateResponse candidate, List<ReasonResponse> reasons) {

		static SuggestionResponse of(Suggestion suggestion) {
			SuggestedCandidate c = suggestion.candidate();
			return new SuggestionResponse(suggestion.score(),
					new CandidateResponse((c.government() != null) ? c.government().value() : null, c.geonameId(),
							c.name(), c.country(), c.subdivision(), c.level(), c.population()),
					suggestion.reasons().stream().map(ReasonResponse::of).toList());
		}

	}

	/**
	 * A registry government ({@code id}) or a world-gazetteer place not yet in the
	 * registry ({@code id} null, {@code geonameId}).
	 *
	 * @param id the registry government's id, null for a gazetteer place
	 * @param geonameId the GeoNames id, where known
	 * @param name the name in the reader's language
	 * @param country ISO 3166-1 alpha-2
	 * @param subdivision ISO 3166-2 first-level subdivision
	 * @param level REGIONAL or LOCAL
	 * @param population inhabitants, where known
	 */
	record CandidateResponse(
			@Schema(description = "The registry government's id; null for a gazetteer place",
					nullable = true) @Nullable String id,
			@Schema(description = "The GeoNames id, where known", nullable = true) @Nullable Long geonameId,
			String name, String country, @Nullable String subdivision, GovernmentLevel level,
			@Nullable Long population) {

	}

	/**
	 * One component of the score.
	 *
	 * @param component which component
	 * @param points what it adds (negative: takes away)
	 * @param text why, in the reader's language
	 */
	record ReasonResponse(SuggestionComponent component, double points, String text) {

		static ReasonResponse of(SuggestionReason reason) {
			return new ReasonResponse(reason.component(), reason.points(), reason.sentence());
		}

	}

}
