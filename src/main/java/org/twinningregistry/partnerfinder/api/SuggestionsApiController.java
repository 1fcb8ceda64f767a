package org.twinningregistry.partnerfinder.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.partnerfinder.PartnerSuggestions;
import org.twinningregistry.partnerfinder.SuggestionQuery;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.Category;

/**
 * {@code /api/v1/governments/{id}/partner-suggestions}: who would make a good partner for
 * a government, with reasons.
 */
@RestController
@RequestMapping("/api/v1/governments/{id}")
@Tag(name = "Partner suggestions",
		description = "Who would make a good partner, every component of the score " + "explained")
class SuggestionsApiController {

	private final PartnerSuggestions suggestions;

	SuggestionsApiController(PartnerSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/partner-suggestions")
	@Operation(summary = "Partner suggestions for a government",
			description = "Candidates best first: registry governments (id) and, for a country, its most populous "
					+ "world-gazetteer places not yet in the registry (geonameId). Never the government itself, a "
					+ "national government or a current partner. Each comes with its score and every component "
					+ "of it (reasons: SHARED_PURPOSES, MUTUAL_SEEKING, SIZE, LEVEL, EXPERIENCE, NETWORK, "
					+ "PENALTY) in points and in the language of Accept-Language. An unknown country, purpose "
					+ "or a limit outside 1-100 is refused with 400; an unknown government is 404.")
	SuggestionsResponse suggest(@Parameter(description = "The government's id") @PathVariable String id,
			@Parameter(description = "Only candidates of this country (ISO 3166-1 alpha-2)") @RequestParam(
					required = false) @Nullable String country,
			@Parameter(description = "Only candidates that name this purpose (a category code) in a strategy "
					+ "or a request for partners") @RequestParam(required = false) @Nullable String purpose,
			@Parameter(description = "How many suggestions at most, 1 to 100 (default 20)") @RequestParam(
					defaultValue = "20") int limit,
			Locale locale) {
		if (limit < 1 || limit > SuggestionQuery.MAX_LIMIT) {
			throw new BadRequestException("limit", "partnerfinder.suggestions.limit", SuggestionQuery.MAX_LIMIT);
		}
		SuggestionQuery query = new SuggestionQuery(country, category(purpose), limit);
		return SuggestionsResponse.of(this.suggestions.suggest(new GovernmentId(id), query, locale));
	}

	private static @Nullable Category category(@Nullable String purpose) {
		if (purpose == null || purpose.isBlank()) {
			return null;
		}
		try {
			return Category.valueOf(purpose.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("purpose", "partnerfinder.suggestions.purpose", purpose,
					Arrays.stream(Category.values()).map(Category::name).collect(Collectors.joining(", ")));
		}
	}

}
