package org.twinningregistry.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;
import org.twinningregistry.agreement.domain.AgreementRules;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKindBase;

/**
 * Agreements as a reviewed kind of record: their parties decide who reports and reviews
 * them, and publishing one copies its parties' facts and keeps the supersession facts up
 * to date.
 */
@Component
class AgreementKind extends ReviewedKindBase<AgreementValues> {

	static final RecordKind KIND = new RecordKind("agreement", "agreements");

	private final AgreementRepository agreements;

	private final Gazetteer gazetteer;

	private final Supersession supersession;

	private final Clock clock;

	AgreementKind(AgreementRepository agreements, Gazetteer gazetteer, Supersession supersession,
			ObjectProvider<Clock> clock) {
		super(KIND, AgreementValues.class, AgreementId::new);
		this.agreements = agreements;
		this.supersession = supersession;
		this.gazetteer = gazetteer;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@Override
	public Optional<Published<AgreementValues>> published(String id) {
		return this.agreements.findById(id).map(a -> new Published<>(a.values(), a.version()));
	}

	/** Party A, then party B. */
	@Override
	public Set<GovernmentId> parties(AgreementValues values) {
		return new LinkedHashSet<>(List.of(values.partyA(), values.partyB()));
	}

	@Override
	public Map<String, @Nullable String> fields(AgreementValues values) {
		return AgreementFields.of(values);
	}

	@Override
	public void check(String id, AgreementValues values) {
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(List.of(values.partyA(), values.partyB()));
		RuleViolationException.throwIfAny(AgreementRules.check(new AgreementId(id), values, parties::containsKey,
				other -> this.agreements.findById(other.value()).map(Agreement::values), LocalDate.now(this.clock)));
	}

	@Override
	public void insert(String id, AgreementValues values) {
		AgreementId key = new AgreementId(id);
		Agreement agreement = new Agreement(key, values);
		copyParties(agreement);
		this.agreements.save(agreement);
		refreshSupersession(values.supersedes());
	}

	@Override
	public void change(String id, AgreementValues values) {
		Agreement agreement = this.agreements.findById(id).orElseThrow();
		AgreementId before = agreement.values().supersedes();
		if (agreement.apply(values)) {
			copyParties(agreement);
			refreshSupersession(before, values.supersedes());
		}
		this.agreements.saveAndFlush(agreement);
	}

	/** Refreshes the supersession facts of the agreements named (nulls ignored). */
	void refreshSupersession(@Nullable AgreementId... superseded) {
		this.supersession.refresh(Arrays.stream(superseded).filter(Objects::nonNull).map(AgreementId::value).toList(),
				Map.of());
	}

	/** Refreshes the copied facts of a party in every agreement that names it. */
	void refreshParty(GovernmentSummary government) {
		AgreementParty party = AgreementParty.of(government);
		for (Agreement agreement : this.agreements.findByParty(government.id().value())) {
			agreement.copyParty(party);
		}
	}

	/** Copies the parties' facts (names, places) the agreement keeps for search. */
	static void copyParties(Agreement agreement, Map<GovernmentId, GovernmentSummary> parties) {
		AgreementValues values = agreement.values();
		agreement.copyParty(AgreementParty.of(parties.get(values.partyA())));
		agreement.copyParty(AgreementParty.of(parties.get(values.partyB())));
	}

	private void copyParties(Agreement agreement) {
		AgreementValues values = agreement.values();
		copyParties(agreement, this.gazetteer.summaries(List.of(values.partyA(), values.partyB())));
	}

}
