package org.twinningregistry.strategy.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.strategy.StrategyBook;

/**
 * {@code /api/v1/governments/{id}/strategy}: a government's strategy over HTTP. Its
 * review ({@code /api/v1/strategies/{id}/submit}, {@code …/history}, …) is the
 * workflow's, under the government's id.
 */
@RestController
@RequestMapping("/api/v1/governments/{id}")
@Tag(name = "Strategies", description = "What a government's twinning is for: purposes, statement, office")
class StrategyApiController {

	private final StrategyBook book;

	StrategyApiController(StrategyBook book) {
		this.book = book;
	}

	@GetMapping("/strategy")
	@Operation(summary = "A government's strategy",
			description = "The published strategy of the government: its purposes (most important first), "
					+ "statement, preferred partner countries, office, adoption and review dates. "
					+ "404 when it has none; drafts are seen at /api/v1/strategies/{id}/revision.")
	StrategyResponse get(@Parameter(description = "The government's id") @PathVariable String id) {
		return StrategyResponse.of(this.book.get(new GovernmentId(id)));
	}

	@PutMapping("/strategy")
	@Operation(summary = "Write a government's strategy",
			description = "Creates the strategy when the government has none, else replaces it (then "
					+ "'version' is required). A curator of the government's country publishes at once; a "
					+ "reporter of the government (or a reviewer of its subdivision) files a draft, answered "
					+ "with its workflowState, which a reviewer approves at /api/v1/strategies/{id}/approve.")
	StrategyResponse put(@Parameter(description = "The government's id") @PathVariable String id,
			@Validated @RequestBody StrategyRequest request) {
		return StrategyResponse.of(this.book.put(request.values(new GovernmentId(id)), request.version()));
	}

	@GetMapping("/strategies")
	@Operation(summary = "The strategies that apply to a government",
			description = "Its own, its province's and its country's (the national government's), nearest "
					+ "first, each with the published strategy or null; the purposes its engagements are "
					+ "measured against are the nearest published ones.")
	List<ApplicableStrategyResponse> applicable(
			@Parameter(description = "The government's id") @PathVariable String id) {
		return this.book.applicable(new GovernmentId(id)).stream().map(ApplicableStrategyResponse::of).toList();
	}

}
