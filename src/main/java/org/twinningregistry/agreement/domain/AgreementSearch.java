package org.twinningregistry.agreement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.shared.Text;

/** Turns list filters into a query over agreements and their copied party facts. */
public final class AgreementSearch {

	private AgreementSearch() {
	}

	public static Specification<Agreement> matching(AgreementCriteria c) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			String folded = Text.fold(c.q());
			if (!folded.isEmpty()) {
				for (String word : folded.split(" ")) {
					String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
					where.add(cb.like(root.get("searchText"), "%" + escaped + "%", '\\'));
				}
			}
			addCountries(c, root, cb, where);
			if (c.subdivision() != null) {
				where.add(either(root, cb, "Subdivision", c.subdivision()));
			}
			if (c.government() != null) {
				where.add(cb.or(cb.equal(root.get("partyA"), c.government().value()),
						cb.equal(root.get("partyB"), c.government().value())));
			}
			if (c.type() != null) {
				where.add(cb.equal(root.get("type"), c.type()));
			}
			if (c.status() != null) {
				where.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.fromYear() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("signedOn"), LocalDate.of(c.fromYear(), 1, 1)));
			}
			if (c.toYear() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("signedOn"), LocalDate.of(c.toYear(), 12, 31)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static void addCountries(AgreementCriteria c, Root<Agreement> root, CriteriaBuilder cb,
			List<Predicate> where) {
		if (c.country() != null && c.partnerCountry() != null) {
			where.add(cb.or(
					cb.and(cb.equal(root.get("partyACountry"), c.country()),
							cb.equal(root.get("partyBCountry"), c.partnerCountry())),
					cb.and(cb.equal(root.get("partyBCountry"), c.country()),
							cb.equal(root.get("partyACountry"), c.partnerCountry()))));
		}
		else if (c.country() != null) {
			where.add(either(root, cb, "Country", c.country()));
		}
		else if (c.partnerCountry() != null) {
			where.add(either(root, cb, "Country", c.partnerCountry()));
		}
	}

	private static Predicate either(Root<Agreement> root, CriteriaBuilder cb, String attribute, String value) {
		return cb.or(cb.equal(root.get("partyA" + attribute), value), cb.equal(root.get("partyB" + attribute), value));
	}

}
