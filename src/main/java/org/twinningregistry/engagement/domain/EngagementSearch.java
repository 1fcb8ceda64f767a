package org.twinningregistry.engagement.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.shared.Text;

/** Turns list filters into a query. */
public final class EngagementSearch {

	private EngagementSearch() {
	}

	/**
	 * @param agreements the agreements the party filters allow, or {@code null} when the
	 * criteria filter no party
	 */
	public static Specification<Engagement> matching(EngagementCriteria c, @Nullable Collection<String> agreements) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			String folded = Text.fold(c.q());
			if (!folded.isEmpty()) {
				for (String word : folded.split(" ")) {
					String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
					where.add(cb.like(root.get("searchText"), "%" + escaped + "%", '\\'));
				}
			}
			if (c.agreement() != null) {
				where.add(cb.equal(root.get("agreement"), c.agreement().value()));
			}
			if (agreements != null) {
				where.add(agreements.isEmpty() ? cb.disjunction() : root.get("agreement").in(agreements));
			}
			if (c.category() != null) {
				where.add(cb.equal(root.get("category"), c.category()));
			}
			if (c.form() != null) {
				where.add(cb.equal(root.get("form"), c.form()));
			}
			if (c.fromYear() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("year"), c.fromYear()));
			}
			if (c.toYear() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("year"), c.toYear()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
