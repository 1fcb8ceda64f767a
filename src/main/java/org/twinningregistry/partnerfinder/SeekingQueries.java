package org.twinningregistry.partnerfinder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.partnerfinder.domain.PartnerRequest;
import org.twinningregistry.partnerfinder.domain.PartnerRequestRepository;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * The reads of {@link SeekingList}: published requests (the public list holds those not
 * expired), and the open revisions the caller may see. The list is filtered in memory: a
 * seeking list holds hundreds of requests, not millions, and the requesting government's
 * country is the gazetteer's.
 */
@Component
class SeekingQueries {

	private final PartnerRequestRepository requests;

	private final PartnerRequestKind kind;

	private final ReviewWorkflow workflow;

	private final Gazetteer gazetteer;

	SeekingQueries(PartnerRequestRepository requests, PartnerRequestKind kind, ReviewWorkflow workflow,
			Gazetteer gazetteer) {
		this.requests = requests;
		this.kind = kind;
		this.workflow = workflow;
		this.gazetteer = gazetteer;
	}

	Optional<PartnerRequestSummary> find(PartnerRequestId id) {
		LocalDate today = this.kind.today();
		return this.requests.findById(id.value()).map(r -> summary(r, today));
	}

	PartnerRequestSummary get(PartnerRequestId id) {
		return find(id).orElseThrow(() -> new NotFoundException(SeekingList.KIND, id.value()));
	}

	List<PartnerRequestSummary> list(SeekingCriteria criteria, Comparator<PartnerRequestSummary> order) {
		LocalDate today = this.kind.today();
		List<PartnerRequestSummary> active = this.requests.findByExpiresGreaterThanEqualOrderByModifiedDescIdAsc(today)
			.stream()
			.map(r -> summary(r, today))
			.filter(r -> criteria.purpose() == null || r.values().purposes().contains(criteria.purpose()))
			.filter(r -> criteria.seekingCountry() == null || r.values().seeks(criteria.seekingCountry()))
			.toList();
		if (criteria.country() != null) {
			Map<GovernmentId, GovernmentSummary> governments = this.gazetteer
				.summaries(active.stream().map(r -> r.values().government()).distinct().toList());
			active = active.stream().filter(r -> {
				GovernmentSummary government = governments.get(r.values().government());
				return government != null && government.country().equals(criteria.country());
			}).toList();
		}
		return active.stream().sorted(order).toList();
	}

	List<PartnerRequestSummary> active(GovernmentId government) {
		LocalDate today = this.kind.today();
		return this.requests
			.findByGovernmentAndExpiresGreaterThanEqualOrderByModifiedDescIdAsc(government.value(), today)
			.stream()
			.map(r -> summary(r, today))
			.toList();
	}

	Optional<PartnerRequestRevision> revision(PartnerRequestId id) {
		LocalDate today = this.kind.today();
		return this.workflow.revision(SeekingList.ref(id), PartnerRequestValues.class)
			.map(r -> new PartnerRequestRevision(r.revision(), PartnerRequestSummary.draft(r, today)));
	}

	List<PartnerRequestRevision> drafts(GovernmentId government) {
		return this.workflow.openRevisions(SeekingList.RECORDS, PartnerRequestValues.class)
			.stream()
			.filter(r -> r.values().government().equals(government))
			.map(r -> revision(new PartnerRequestId(r.revision().record().id())))
			.flatMap(Optional::stream)
			.toList();
	}

	LocalDate today() {
		return this.kind.today();
	}

	boolean holdsAny(GovernmentId government) {
		return this.requests.countByGovernment(government.value()) > 0
				|| this.workflow.openRevisions(SeekingList.RECORDS, PartnerRequestValues.class)
					.stream()
					.anyMatch(r -> r.values().government().equals(government));
	}

	private static PartnerRequestSummary summary(PartnerRequest request, LocalDate today) {
		PartnerRequestValues values = request.values();
		return new PartnerRequestSummary(request.id(), values, request.modified(), !values.activeOn(today),
				request.version(), null);
	}

}
