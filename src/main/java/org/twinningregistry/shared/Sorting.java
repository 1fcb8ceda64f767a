package org.twinningregistry.shared;

import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Checks that a list is only sorted by the properties its endpoint offers. */
public final class Sorting {

	private Sorting() {
	}

	/**
	 * @return the page request unchanged
	 * @throws BadRequestException naming the {@code sort} parameter if a property is not
	 * offered
	 */
	public static Pageable checked(Pageable page, String... allowed) {
		Set<String> offered = Set.of(allowed);
		for (Sort.Order order : page.getSort()) {
			if (!offered.contains(order.getProperty())) {
				throw new BadRequestException("sort", "error.sort", order.getProperty(), String.join(", ", allowed));
			}
		}
		return page;
	}

}
