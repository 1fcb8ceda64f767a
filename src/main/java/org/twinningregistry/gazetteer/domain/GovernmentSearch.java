package org.twinningregistry.gazetteer.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.shared.Text;

/** Turns list filters into a query. */
public final class GovernmentSearch {

	private GovernmentSearch() {
	}

	public static Specification<Government> matching(GovernmentCriteria criteria) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			for (String word : words(criteria.q())) {
				where.add(cb.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
			}
			if (criteria.country() != null) {
				where.add(cb.equal(root.get("country"), criteria.country()));
			}
			if (criteria.subdivision() != null) {
				where.add(cb.equal(root.get("subdivision"), criteria.subdivision()));
			}
			if (criteria.level() != null) {
				where.add(cb.equal(root.get("level"), criteria.level()));
			}
			if (criteria.parent() != null) {
				where.add(cb.equal(root.get("parent"), criteria.parent().value()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The folded words of a query; none for a blank one. */
	public static List<String> words(@org.jspecify.annotations.Nullable String q) {
		String folded = Text.fold(q);
		return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
	}

	public static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
