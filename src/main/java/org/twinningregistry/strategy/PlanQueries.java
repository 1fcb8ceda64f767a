package org.twinningregistry.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PagedScan;
import org.twinningregistry.strategy.domain.Plan;
import org.twinningregistry.strategy.domain.PlanRepository;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * The reads of {@link PlanBook}: published plans, and the open revisions of plans the
 * caller may see.
 */
@Component
class PlanQueries {

	private final PlanRepository plans;

	private final ReviewWorkflow workflow;

	private final AgreementRegistry agreements;

	private final EntityManager entities;

	PlanQueries(PlanRepository plans, ReviewWorkflow workflow, AgreementRegistry agreements, EntityManager entities) {
		this.plans = plans;
		this.workflow = workflow;
		this.agreements = agreements;
		this.entities = entities;
	}

	Optional<PlanSummary> find(PlanId id) {
		return this.plans.findById(id.value()).map(Plan::summary);
	}

	PlanSummary get(PlanId id) {
		return find(id).orElseThrow(() -> new NotFoundException(PlanBook.KIND, id.value()));
	}

	List<PlanSummary> ofAgreement(AgreementId agreement) {
		this.agreements.get(agreement);
		return this.plans.findByAgreementOrderByFromYearAscIdAsc(agreement.value())
			.stream()
			.map(Plan::summary)
			.toList();
	}

	Map<AgreementId, List<PlanSummary>> ofAgreements(List<AgreementId> agreements) {
		return this.plans
			.findByAgreementInOrderByAgreementAscFromYearAsc(agreements.stream().map(AgreementId::value).toList())
			.stream()
			.map(Plan::summary)
			.collect(Collectors.groupingBy(p -> p.values().agreement(), LinkedHashMap::new, Collectors.toList()));
	}

	Optional<PlanRevision> revision(PlanId id) {
		return this.workflow.revision(PlanBook.ref(id), PlanValues.class)
			.map(r -> new PlanRevision(r.revision(), PlanSummary.draft(r)));
	}

	List<PlanRevision> drafts(AgreementId agreement) {
		return this.workflow.openRevisions(PlanBook.RECORDS, PlanValues.class)
			.stream()
			.filter(r -> r.values().agreement().equals(agreement))
			.map(r -> revision(new PlanId(r.revision().record().id())))
			.flatMap(Optional::stream)
			.toList();
	}

	long countByAgreement(AgreementId agreement) {
		// a draft of a plan published under the agreement is counted once
		long drafts = this.workflow.openRevisions(PlanBook.RECORDS, PlanValues.class)
			.stream()
			.filter(r -> r.values().agreement().equals(agreement))
			.filter(r -> this.plans.findById(r.revision().record().id())
				.map(p -> !p.values().agreement().equals(agreement))
				.orElse(true))
			.count();
		return this.plans.countByAgreement(agreement.value()) + drafts;
	}

	void forEach(Consumer<PlanSummary> consumer) {
		// a page at a time: the persistence context forgets what was handed on
		PagedScan.inIdOrder(500, this.plans::findAll, p -> consumer.accept(p.summary()), this.entities::clear);
	}

}
