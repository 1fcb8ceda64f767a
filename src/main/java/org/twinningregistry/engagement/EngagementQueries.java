package org.twinningregistry.engagement;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.domain.AgreementFacts;
import org.twinningregistry.engagement.domain.Engagement;
import org.twinningregistry.engagement.domain.EngagementRepository;
import org.twinningregistry.engagement.domain.EngagementRules;
import org.twinningregistry.engagement.domain.EngagementSearch;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PagedScan;
import org.twinningregistry.shared.Violation;

/** The reads of {@link EngagementLog}: published engagements as summaries. */
@Component
class EngagementQueries {

	private final EngagementRepository engagements;

	private final AgreementRegistry agreements;

	private final EntityManager entities;

	EngagementQueries(EngagementRepository engagements, AgreementRegistry agreements, EntityManager entities) {
		this.engagements = engagements;
		this.agreements = agreements;
		this.entities = entities;
	}

	Optional<EngagementSummary> find(EngagementId id) {
		return this.engagements.findById(id.value()).map(Engagement::summary);
	}

	EngagementSummary get(EngagementId id) {
		return find(id).orElseThrow(() -> new NotFoundException(EngagementLog.KIND, id.value()));
	}

	Page<EngagementSummary> search(EngagementCriteria criteria, Pageable page) {
		return this.engagements.findAll(EngagementSearch.matching(criteria, agreementsOf(criteria)), page)
			.map(Engagement::summary);
	}

	List<EngagementSummary> list(EngagementCriteria criteria) {
		return this.engagements
			.findAll(EngagementSearch.matching(criteria, agreementsOf(criteria)), Sort.by("year", "date", "id"))
			.stream()
			.map(Engagement::summary)
			.toList();
	}

	long count() {
		return this.engagements.count();
	}

	long countByAgreement(AgreementId agreement) {
		return this.engagements.countByAgreement(agreement.value());
	}

	void forEach(Consumer<EngagementSummary> consumer) {
		// a page at a time: the persistence context forgets what was handed on
		PagedScan.inIdOrder(1000, this.engagements::findAll, e -> consumer.accept(e.summary()), this.entities::clear);
	}

	List<Violation> warnings(EngagementValues values) {
		return this.agreements.find(values.agreement())
			.map(agreement -> EngagementRules.warnings(values, AgreementFacts.of(agreement)))
			.orElse(List.of());
	}

	private @Nullable List<String> agreementsOf(EngagementCriteria c) {
		if (!c.filtersParties()) {
			return null;
		}
		AgreementCriteria parties = new AgreementCriteria(null, c.country(), c.partnerCountry(), null, c.government(),
				null, null, null, null);
		return this.agreements.list(parties).stream().map(a -> a.id().value()).toList();
	}

}
