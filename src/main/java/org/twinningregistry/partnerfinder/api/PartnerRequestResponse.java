package org.twinningregistry.partnerfinder.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestSummary;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Versioned;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.workflow.RevisionState;

/**
 * A partner request as the API shows it. {@code partnerSize}, {@code level} and
 * {@code office} are absent when not given; {@code seekingCountries} is empty for
 * anywhere. {@code modified} is the day it was last published, {@code expired} whether
 * its expiry lies before today. {@code workflowState} is absent for a published request;
 * a reporter's write answers with the draft's values, its state and the revision's
 * {@code version}.
 */
record PartnerRequestResponse(String id, String government, List<String> seekingCountries, List<Category> purposes,
		@Nullable SizeResponse partnerSize, @Nullable GovernmentLevel level, Map<String, String> description,
		@Nullable OfficeResponse office, LocalDate expires, @Nullable LocalDate modified, boolean expired, long version,
		@Nullable RevisionState workflowState) implements Versioned {

	static PartnerRequestResponse of(PartnerRequestSummary request) {
		PartnerRequestValues v = request.values();
		Office office = v.office();
		return new PartnerRequestResponse(request.id().value(), v.government().value(), v.seekingCountries(),
				v.purposes(),
				v.partnerSize().anySize() ? null : new SizeResponse(v.partnerSize().min(), v.partnerSize().max()),
				v.level(), v.description().texts(),
				(office != null) ? new OfficeResponse(office.name(), office.email(), office.url()) : null, v.expires(),
				request.modified(), request.expired(), request.version(), request.draft());
	}

	/** The population of partner sought. */
	record SizeResponse(@Nullable Long min, @Nullable Long max) {

	}

	/** The office to contact. */
	record OfficeResponse(String name, @Nullable String email, @Nullable String url) {

	}

}
