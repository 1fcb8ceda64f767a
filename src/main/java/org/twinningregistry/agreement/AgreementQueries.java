package org.twinningregistry.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;
import org.twinningregistry.agreement.domain.AgreementSearch;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.ReadMemo;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The reads of {@link AgreementRegistry}: published agreements as summaries, with the
 * signing dates of the agreements superseding them read in one query for a whole list or
 * page, not one per agreement.
 */
@Component
class AgreementQueries {

	private final AgreementRepository agreements;

	private final Gazetteer gazetteer;

	private final EntityManager entities;

	AgreementQueries(AgreementRepository agreements, Gazetteer gazetteer, EntityManager entities) {
		this.agreements = agreements;
		this.gazetteer = gazetteer;
		this.entities = entities;
	}

	Optional<AgreementSummary> find(AgreementId id) {
		return Optional.ofNullable(summaries(List.of(id)).get(id));
	}

	AgreementSummary get(AgreementId id) {
		return find(id).orElseThrow(() -> new NotFoundException(AgreementRegistry.KIND, id.value()));
	}

	boolean exists(AgreementId id) {
		return this.agreements.existsById(id.value());
	}

	Page<AgreementSummary> search(AgreementCriteria criteria, Pageable page) {
		Page<Agreement> found = this.agreements.findAll(AgreementSearch.matching(criteria), page);
		return new PageImpl<>(summaries(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/** Read once a page request (see {@link ReadMemo}). */
	List<AgreementSummary> list(AgreementCriteria criteria) {
		return ReadMemo.read("agreement-list", criteria, () -> List
			.copyOf(summaries(this.agreements.findAll(AgreementSearch.matching(criteria), Sort.by("signedOn", "id")))));
	}

	/** Read once a page request (see {@link ReadMemo}). */
	Map<AgreementId, AgreementSummary> summaries(Collection<AgreementId> ids) {
		return ReadMemo.read(AgreementRegistry.KIND, ids,
				wanted -> summaries(stored(wanted)).stream().collect(Collectors.toMap(AgreementSummary::id, s -> s)));
	}

	/** One by its id (the persistence context's own lookup), several in one query. */
	private List<Agreement> stored(Collection<AgreementId> ids) {
		if (ids.size() == 1) {
			return this.agreements.findById(ids.iterator().next().value()).stream().toList();
		}
		return this.agreements.findAllById(ids.stream().map(AgreementId::value).distinct().toList());
	}

	long count() {
		return this.agreements.count();
	}

	long countByParty(GovernmentId government) {
		return this.agreements.countByParty(government.value());
	}

	Set<GovernmentId> partiesAmong(Collection<GovernmentId> governments) {
		Set<GovernmentId> wanted = Set.copyOf(governments);
		List<String> ids = wanted.stream().map(GovernmentId::value).toList();
		Set<GovernmentId> parties = new HashSet<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Object[] pair : this.agreements
				.findPartiesAmong(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
				parties.add(new GovernmentId((String) pair[0]));
				parties.add(new GovernmentId((String) pair[1]));
			}
		}
		parties.retainAll(wanted);
		return parties;
	}

	void forEach(Consumer<AgreementSummary> consumer) {
		// a page at a time, each page's supersession in one query: the persistence
		// context forgets what was handed on
		Pageable page = PageRequest.of(0, 500, Sort.by("id"));
		Page<Agreement> slice;
		do {
			slice = this.agreements.findAll(page);
			summaries(slice.getContent()).forEach(consumer);
			this.entities.clear();
			page = page.next();
		}
		while (slice.hasNext());
	}

	void forEachValues(BiConsumer<AgreementId, AgreementValues> consumer) {
		org.twinningregistry.shared.PagedScan.inIdOrder(1000, this.agreements::findAll,
				a -> consumer.accept(a.id(), a.values()), this.entities::clear);
	}

	/** The summary of a draft: the proposed values with the parties' facts. */
	AgreementSummary draftSummary(OpenRevision<AgreementValues> draft) {
		AgreementValues values = draft.values();
		RevisionSummary revision = draft.revision();
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(List.of(values.partyA(), values.partyB()));
		return new AgreementSummary(new AgreementId(revision.record().id()), values,
				AgreementParty.of(parties.get(values.partyA())), AgreementParty.of(parties.get(values.partyB())),
				List.of(), revision.version(), revision.state());
	}

	/**
	 * The agreements' summaries, in order, with the signing dates of the agreements
	 * superseding each, read in one query.
	 */
	private List<AgreementSummary> summaries(List<Agreement> found) {
		Map<String, List<PartialDate>> supersededBy = new java.util.HashMap<>();
		if (!found.isEmpty()) {
			for (Agreement later : this.agreements
				.findBySupersedesIn(found.stream().map(a -> a.id().value()).toList())) {
				supersededBy.computeIfAbsent(later.values().supersedes().value(), k -> new ArrayList<>())
					.add(later.values().signed());
			}
		}
		return found.stream()
			.map(a -> new AgreementSummary(a.id(), a.values(), a.partyA(), a.partyB(),
					supersededBy.getOrDefault(a.id().value(), List.of()), a.version()))
			.toList();
	}

}
