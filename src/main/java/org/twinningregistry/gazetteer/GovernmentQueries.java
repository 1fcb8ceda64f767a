package org.twinningregistry.gazetteer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.domain.Government;
import org.twinningregistry.gazetteer.domain.GovernmentRepository;
import org.twinningregistry.gazetteer.domain.GovernmentSearch;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.ReadMemo;
import org.twinningregistry.shared.PagedScan;

/**
 * The gazetteer's reads of governments, as views (never entities): by id, by ids, by
 * criteria a page at a time, and every government in id order. Reads are public.
 */
@Component
@Transactional(readOnly = true)
class GovernmentQueries {

	private final GovernmentRepository governments;

	private final EntityManager entities;

	GovernmentQueries(GovernmentRepository governments, EntityManager entities) {
		this.governments = governments;
		this.entities = entities;
	}

	Optional<GovernmentDetails> find(GovernmentId id) {
		return Optional.ofNullable(details(List.of(id)).get(id));
	}

	GovernmentDetails get(GovernmentId id) {
		return find(id).orElseThrow(() -> new NotFoundException(GovernmentWrites.KIND, id.value()));
	}

	Map<GovernmentId, GovernmentSummary> summaries(Collection<GovernmentId> ids) {
		return details(ids).values()
			.stream()
			.map(GovernmentDetails::summary)
			.collect(Collectors.toMap(GovernmentSummary::id, Function.identity()));
	}

	/** Read once a page request (see {@link ReadMemo}). */
	Map<GovernmentId, GovernmentDetails> details(Collection<GovernmentId> ids) {
		return ReadMemo.read(GovernmentWrites.KIND, ids,
				wanted -> stored(wanted).stream()
					.map(Government::details)
					.collect(Collectors.toMap(GovernmentDetails::id, Function.identity())));
	}

	/** One by its id (the persistence context's own lookup), several in one query. */
	private List<Government> stored(Collection<GovernmentId> ids) {
		if (ids.size() == 1) {
			return this.governments.findById(ids.iterator().next().value()).stream().toList();
		}
		return this.governments.findAllById(ids.stream().map(GovernmentId::value).distinct().toList());
	}

	Page<GovernmentDetails> search(GovernmentCriteria criteria, Pageable page) {
		return this.governments.findAll(GovernmentSearch.matching(criteria), page).map(Government::details);
	}

	@Transactional(readOnly = true)
	java.util.List<GovernmentDetails> withWikidata(String qid) {
		return this.governments.findByWikidataOrderById(qid).stream().map(Government::details).toList();
	}

	/**
	 * The government registered for a place: by its GeoNames id, else its Wikidata id.
	 */
	@Transactional(readOnly = true)
	Optional<GovernmentDetails> ofPlace(Place place) {
		Optional<Government> found = (place.geonameId() != null)
				? this.governments.findFirstByGeonamesOrderById(place.geonameId()) : Optional.empty();
		if (found.isEmpty() && place.wikidata() != null) {
			found = this.governments.findByWikidataOrderById(place.wikidata()).stream().findFirst();
		}
		return found.map(Government::details);
	}

	long count() {
		return this.governments.count();
	}

	void forEach(Consumer<GovernmentDetails> consumer) {
		// a page at a time: the persistence context forgets what was handed on
		PagedScan.inIdOrder(500, this.governments::findAll, g -> consumer.accept(g.details()), this.entities::clear);
	}

}
