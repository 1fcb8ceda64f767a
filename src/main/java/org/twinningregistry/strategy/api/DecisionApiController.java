package org.twinningregistry.strategy.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.strategy.RelationshipDecisions;

/**
 * {@code /api/v1/governments/{id}/relationship-decisions}: what a government decided
 * about its dormant relationships.
 */
@RestController
@RequestMapping("/api/v1/governments/{id}/relationship-decisions")
@Tag(name = "Relationship decisions", description = "Dormant relationships decided: revive, keep or end")
class DecisionApiController {

	private final RelationshipDecisions decisions;

	DecisionApiController(RelationshipDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping
	@Operation(summary = "Decide about a dormant relationship",
			description = "Records, with today's date, that the government revives the relationship of an "
					+ "agreement it is party to (naming a plan of that agreement, published or proposed), keeps it "
					+ "(with a reason) or ends it (the agreement's status becomes ENDED today: published for a "
					+ "curator, a draft for review otherwise). Which relationships are dormant: "
					+ "/api/v1/statistics/governments/{id} and docs/statistics.md.")
	ResponseEntity<DecisionResponse> decide(
			@Parameter(description = "The deciding government's id") @PathVariable String id,
			@Validated @RequestBody DecisionRequest request) {
		DecisionResponse decided = DecisionResponse.of(this.decisions.decide(request.command(new GovernmentId(id))));
		return ResponseEntity.created(URI.create("/api/v1/governments/" + id + "/relationship-decisions"))
			.body(decided);
	}

	@GetMapping
	@Operation(summary = "A government's relationship decisions", description = "Newest first.")
	List<DecisionResponse> list(@Parameter(description = "The government's id") @PathVariable String id) {
		return this.decisions.of(new GovernmentId(id)).stream().map(DecisionResponse::of).toList();
	}

}
