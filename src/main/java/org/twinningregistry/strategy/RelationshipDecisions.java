package org.twinningregistry.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.Offices;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.domain.RelationshipDecision;
import org.twinningregistry.strategy.domain.RelationshipDecisionRepository;

/**
 * What governments decided about their dormant relationships (which relationships are
 * dormant is the statistics' to say, docs/statistics.md): revive one with a plan, keep it
 * for a reason, or end its agreement — recorded with the day. Deciding needs a reporter
 * of the government (or a reviewer or curator above it); ending the agreement goes
 * through the agreements' facade like any change of it (published for a curator, a draft
 * for review otherwise). Reads are public.
 */
@Service
public class RelationshipDecisions {

	/** The longest reason. */
	public static final int MAX_REASON = 2000;

	private final RelationshipDecisionRepository decisions;

	private final DecisionSubjects subjects;

	private final AccessControl access;

	private final Offices offices;

	private final Clock clock;

	RelationshipDecisions(RelationshipDecisionRepository decisions, DecisionSubjects subjects, AccessControl access,
			Offices offices, Clock clock) {
		this.decisions = decisions;
		this.subjects = subjects;
		this.access = access;
		this.offices = offices;
		this.clock = clock;
	}

	/**
	 * Records a government's decision about one of its relationships; to end it, also
	 * sets its agreement's status to ended today.
	 * @return the decision as recorded
	 * @throws NotFoundException if the government does not exist
	 * @throws RuleViolationException if the agreement is not published or not the
	 * government's, a revival names no plan of the agreement, or keeping gives no reason
	 */
	@Transactional
	public DecisionSummary decide(DecideRelationship command) {
		this.subjects.requireGovernment(command.government());
		this.access.require(this.access.mayReport(List.of(command.government())),
				"decide about the relationships of " + command.government().value());
		LocalDate today = LocalDate.now(this.clock);
		AgreementSummary agreement = this.subjects.agreement(command);
		RuleViolationException.throwIfAny(check(command));
		if (command.decision() == Decision.END) {
			this.subjects.end(agreement, today);
		}
		RelationshipDecision decision = this.decisions.save(new RelationshipDecision(command, this.clock.instant(),
				today, this.access.actor(), this.access.office(RegistryRole.REPORTER, List.of(command.government()))));
		return decision.summary(this.offices::describe);
	}

	/** The government's decisions, newest first. */
	@Transactional(readOnly = true)
	public List<DecisionSummary> of(GovernmentId government) {
		return this.decisions.findByGovernmentOrderByDecidedAtDescIdDesc(government.value())
			.stream()
			.map(d -> d.summary(this.offices::describe))
			.toList();
	}

	/** The decisions of these governments, newest first. */
	@Transactional(readOnly = true)
	public List<DecisionSummary> of(Collection<GovernmentId> governments) {
		if (governments.isEmpty()) {
			return List.of();
		}
		return this.decisions
			.findByGovernmentInOrderByDecidedAtDescIdDesc(governments.stream().map(GovernmentId::value).toList())
			.stream()
			.map(d -> d.summary(this.offices::describe))
			.toList();
	}

	private List<Violation> check(DecideRelationship command) {
		List<Violation> violations = new ArrayList<>();
		if (command.reason() != null && command.reason().length() > MAX_REASON) {
			violations.add(Violation.of("reason", "rule.too-long", MAX_REASON));
		}
		if (command.decision() == Decision.KEEP && command.reason() == null) {
			violations.add(Violation.of("reason", "rule.decision.reason.required"));
		}
		if (command.decision() == Decision.REVIVE) {
			if (command.plan() == null) {
				violations.add(Violation.of("plan", "rule.decision.plan.required"));
			}
			else if (!this.subjects.isPlanOf(command.plan(), command.agreement())) {
				violations.add(Violation.of("plan", "rule.decision.plan.other", command.plan().value(),
						command.agreement().value()));
			}
		}
		return violations;
	}

}
