package org.twinningregistry.strategy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.strategy.DecideRelationship;
import org.twinningregistry.strategy.Decision;
import org.twinningregistry.strategy.DecisionSummary;
import org.twinningregistry.strategy.PlanId;

/** A government's decision about a dormant relationship, as recorded: never changed. */
@Entity
@Table(name = "strategy_relationship_decision")
public class RelationshipDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "government_id")
	private String government;

	@Column(name = "agreement_id")
	private String agreement;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private @Nullable String reason;

	@Column(name = "plan_id")
	private @Nullable String plan;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_office")
	private String decidedOffice;

	protected RelationshipDecision() {
		this.government = "";
		this.agreement = "";
		this.decision = Decision.KEEP;
		this.decidedOn = LocalDate.EPOCH;
		this.decidedAt = Instant.EPOCH;
		this.decidedBy = "";
		this.decidedOffice = "";
	}

	/**
	 * A decision checked by the facade.
	 * @param by the user name
	 * @param office the office it was taken in
	 */
	public RelationshipDecision(DecideRelationship command, Instant at, LocalDate day, String by, String office) {
		this.government = command.government().value();
		this.agreement = command.agreement().value();
		this.decision = command.decision();
		this.reason = command.reason();
		this.plan = (command.plan() != null) ? command.plan().value() : null;
		this.decidedAt = at;
		this.decidedOn = day;
		this.decidedBy = by;
		this.decidedOffice = office;
	}

	/**
	 * As others see it.
	 * @param office how an office is named ({@code Offices.describe})
	 */
	public DecisionSummary summary(UnaryOperator<String> office) {
		return new DecisionSummary(new GovernmentId(this.government), new AgreementId(this.agreement), this.decision,
				this.reason, (this.plan != null) ? new PlanId(this.plan) : null, this.decidedOn,
				office.apply(this.decidedOffice));
	}

}
