package org.twinningregistry.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.domain.AgreementFacts;
import org.twinningregistry.engagement.domain.Engagement;
import org.twinningregistry.engagement.domain.EngagementRepository;
import org.twinningregistry.engagement.domain.EngagementRules;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKindBase;

/**
 * Engagements as a reviewed kind of record: the parties of an engagement's agreement
 * decide who reports and reviews it; an engagement naming no published agreement has no
 * parties (the rules report it).
 */
@Component
class EngagementKind extends ReviewedKindBase<EngagementValues> {

	static final RecordKind KIND = new RecordKind("engagement", "engagements");

	private final EngagementRepository engagements;

	private final AgreementRegistry agreements;

	private final Clock clock;

	EngagementKind(EngagementRepository engagements, AgreementRegistry agreements, ObjectProvider<Clock> clock) {
		super(KIND, EngagementValues.class, EngagementId::new);
		this.engagements = engagements;
		this.agreements = agreements;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@Override
	public Optional<Published<EngagementValues>> published(String id) {
		return this.engagements.findById(id).map(e -> new Published<>(e.values(), e.version()));
	}

	/** The parties of the engagement's published agreement; empty if it has none. */
	@Override
	public Set<GovernmentId> parties(EngagementValues values) {
		return this.agreements.find(values.agreement())
			.map(a -> Set.of(a.values().partyA(), a.values().partyB()))
			.orElse(Set.of());
	}

	@Override
	public Map<String, @Nullable String> fields(EngagementValues values) {
		return EngagementFields.of(values);
	}

	@Override
	public void check(String id, EngagementValues values) {
		AgreementFacts agreement = this.agreements.find(values.agreement()).map(AgreementFacts::of).orElse(null);
		RuleViolationException.throwIfAny(EngagementRules.check(values, agreement, LocalDate.now(this.clock)));
	}

	@Override
	public void insert(String id, EngagementValues values) {
		this.engagements.save(new Engagement(new EngagementId(id), values));
	}

	@Override
	public void change(String id, EngagementValues values) {
		Engagement engagement = this.engagements.findById(id).orElseThrow();
		engagement.apply(values);
		this.engagements.saveAndFlush(engagement);
	}

	@Override
	public @Nullable Long importEntry(String id) {
		return this.engagements.findById(id).map(Engagement::importEntry).orElse(null);
	}

}
