package org.twinningregistry.partnerfinder;

import java.util.Comparator;

import org.springframework.data.domain.Sort;

/**
 * The order of the seeking list: by {@code modified}, {@code expires} or {@code id} as
 * asked, the last modified first when nothing is asked, then by id.
 */
final class SeekingOrder {

	private SeekingOrder() {
	}

	static Comparator<PartnerRequestSummary> of(Sort sort) {
		Comparator<PartnerRequestSummary> order = null;
		for (Sort.Order by : sort) {
			Comparator<PartnerRequestSummary> next = switch (by.getProperty()) {
				case "expires" -> Comparator.comparing(r -> r.values().expires());
				case "id" -> Comparator.comparing(r -> r.id().value());
				default -> Comparator.comparing(r -> String.valueOf(r.modified()));
			};
			next = by.isDescending() ? next.reversed() : next;
			order = (order == null) ? next : order.thenComparing(next);
		}
		Comparator<PartnerRequestSummary> modified = Comparator
			.comparing((PartnerRequestSummary r) -> String.valueOf(r.modified()))
			.reversed();
		Comparator<PartnerRequestSummary> base = (order != null) ? order : modified;
		return base.thenComparing(r -> r.id().value());
	}

}
