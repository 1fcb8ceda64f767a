package org.twinningregistry.continuity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.account.Offices;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.continuity.CalendarScope;
import org.twinningregistry.continuity.CalendarText;
import org.twinningregistry.continuity.HandoverBrief;
import org.twinningregistry.continuity.Relationship;
import org.twinningregistry.continuity.RelationshipCalendar;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.workflow.RecordRef;

/**
 * The sections of a government's brief ({@link HandoverBrief#PAGE}), each one fragment of
 * {@code continuity/brief.html} and one read. A new section is one more bean here (or in
 * the module that owns its data) and one more fragment.
 */
@Configuration(proxyBeanMethods = false)
class BriefSections {

	@Bean
	PageSection briefRelationships(HandoverBrief brief) {
		return section(10, "relationships", (id, locale) -> brief.relationships(new GovernmentId(id), locale));
	}

	@Bean
	PageSection briefPast(HandoverBrief brief) {
		return section(20, "past", (id, locale) -> brief.past(new GovernmentId(id)));
	}

	@Bean
	PageSection briefUpcoming(RelationshipCalendar calendar, CalendarText text) {
		return section(40, "upcoming", (id, locale) -> text
			.titled(calendar.upcoming(CalendarScope.of(new GovernmentId(id)), null, 365), locale));
	}

	@Bean
	PageSection briefDocuments(DocumentArchive documents, AgreementRegistry agreements, EngagementLog engagements) {
		return section(50, "documents", (id, locale) -> {
			GovernmentId government = new GovernmentId(id);
			List<RecordRef> records = new ArrayList<>();
			agreements.list(AgreementCriteria.ofGovernment(government))
				.forEach(a -> records.add(AgreementRegistry.ref(a.id())));
			engagements.list(EngagementCriteria.ofGovernment(government))
				.forEach(e -> records.add(EngagementLog.ref(e.id())));
			return documents.list(records);
		});
	}

	@Bean
	PageSection briefContacts(HandoverBrief brief, Offices offices, Gazetteer gazetteer) {
		return section(60, "contacts", (id, locale) -> {
			Map<GovernmentId, PartnerOffices> partners = new LinkedHashMap<>();
			for (Relationship relationship : brief.relationships(new GovernmentId(id), locale)) {
				AgreementParty partner = relationship.partner();
				gazetteer.summaries(List.of(partner.id()))
					.values()
					.forEach(summary -> partners.put(partner.id(), new PartnerOffices(partner,
							offices.keeping(summary).stream().map(o -> offices.describe(o, locale)).toList())));
			}
			return List.copyOf(partners.values());
		});
	}

	private static PageSection section(int order, String fragment, BiFunction<String, Locale, Object> read) {
		return new PageSection() {

			@Override
			public String page() {
				return HandoverBrief.PAGE;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public String fragment() {
				return "continuity/brief :: " + fragment;
			}

			@Override
			public Object model(String recordId, Locale locale) {
				return read.apply(recordId, locale);
			}

		};
	}

	/**
	 * A partner government and the registry offices that keep its records.
	 *
	 * @param partner the partner
	 * @param offices the offices, narrowest first, named in the reader's language
	 */
	record PartnerOffices(AgreementParty partner, List<String> offices) {

	}

}
