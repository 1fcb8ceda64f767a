package org.twinningregistry.partnerfinder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.partnerfinder.domain.PartnerRequest;
import org.twinningregistry.partnerfinder.domain.PartnerRequestRepository;
import org.twinningregistry.partnerfinder.domain.PartnerRequestRules;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKindBase;

/**
 * Partner requests as a reviewed kind of record: the requesting government decides who
 * reports (its reporters) and reviews (a reviewer of its subdivision, a curator of its
 * country) them. Publishing sets the day modified.
 */
@Component
class PartnerRequestKind extends ReviewedKindBase<PartnerRequestValues> {

	static final RecordKind KIND = new RecordKind("partner-request", "partner-requests");

	private final PartnerRequestRepository requests;

	private final Gazetteer gazetteer;

	private final Clock clock;

	PartnerRequestKind(PartnerRequestRepository requests, Gazetteer gazetteer, Clock clock) {
		super(KIND, PartnerRequestValues.class, PartnerRequestId::new);
		this.requests = requests;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	@Override
	public Optional<Published<PartnerRequestValues>> published(String id) {
		return this.requests.findById(id).map(r -> new Published<>(r.values(), r.version()));
	}

	@Override
	public Set<GovernmentId> parties(PartnerRequestValues values) {
		return Set.of(values.government());
	}

	@Override
	public Map<String, @Nullable String> fields(PartnerRequestValues values) {
		return PartnerRequestFields.of(values);
	}

	@Override
	public void check(String id, PartnerRequestValues values) {
		boolean known = this.gazetteer.find(values.government()).isPresent();
		RuleViolationException.throwIfAny(PartnerRequestRules.check(values, known, this.gazetteer::isCountry, today()));
	}

	@Override
	public void insert(String id, PartnerRequestValues values) {
		this.requests.saveAndFlush(new PartnerRequest(new PartnerRequestId(id), values, today()));
	}

	@Override
	public void change(String id, PartnerRequestValues values) {
		PartnerRequest request = this.requests.findById(id).orElseThrow();
		request.apply(values, today());
		this.requests.saveAndFlush(request);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
