package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.analytics.GovernmentScorecard;
import org.twinningregistry.analytics.Statistics;
import org.twinningregistry.analytics.StatisticsDefinitions;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PartialDate;

/**
 * The reads behind a brief's relationships: the government's agreements, current
 * ({@code CurrentAgreementRule}) or not, grouped by partner; activity as the statistics
 * define it ({@link Statistics#government}, over their default window of five years); the
 * engagements of those years.
 */
@Component
class BriefReads {

	private final AgreementRegistry agreements;

	private final EngagementLog engagements;

	private final Statistics statistics;

	private final Gazetteer gazetteer;

	BriefReads(AgreementRegistry agreements, EngagementLog engagements, Statistics statistics, Gazetteer gazetteer) {
		this.agreements = agreements;
		this.engagements = engagements;
		this.statistics = statistics;
		this.gazetteer = gazetteer;
	}

	List<Relationship> relationships(GovernmentId government, LocalDate today, Locale locale) {
		Map<GovernmentId, List<AgreementSummary>> current = new LinkedHashMap<>();
		Map<AgreementId, AgreementParty> partnerOf = new LinkedHashMap<>();
		for (AgreementSummary agreement : this.agreements.list(AgreementCriteria.ofGovernment(government))) {
			AgreementParty partner = Objects.requireNonNull(agreement.partnerOf(government));
			partnerOf.put(agreement.id(), partner);
			if (agreement.isCurrentOn(today)) {
				current.computeIfAbsent(partner.id(), p -> new ArrayList<>()).add(agreement);
			}
		}
		GovernmentScorecard card = this.statistics.government(government, today, null);
		Map<GovernmentId, List<EngagementLine>> recent = recentEngagements(government, partnerOf,
				today.getYear() - StatisticsDefinitions.DEFAULT_WINDOW + 1);
		List<Relationship> relationships = new ArrayList<>();
		current.forEach((partner, agreements) -> {
			AgreementParty party = partnerOf.get(agreements.get(0).id());
			Optional<GovernmentScorecard.AgreementCard> activity = card.agreements()
				.stream()
				.filter(c -> c.partner().equals(partner.value()) && c.current())
				.findFirst();
			relationships.add(new Relationship(party, this.gazetteer.countryName(party.country(), locale), agreements,
					activity.map(GovernmentScorecard.AgreementCard::active).orElse(false),
					activity.map(GovernmentScorecard.AgreementCard::lastEngagementYear).orElse(null),
					recent.getOrDefault(partner, List.of())));
		});
		relationships.sort(Comparator.comparing(r -> r.agreements().get(0).values().signed()));
		return relationships;
	}

	List<PastAgreement> past(GovernmentId government, LocalDate today) {
		List<PastAgreement> past = new ArrayList<>();
		for (AgreementSummary agreement : this.agreements.list(AgreementCriteria.ofGovernment(government))) {
			if (!agreement.isCurrentOn(today) && !agreement.values().signed().firstDay().isAfter(today)) {
				past.add(pastOf(agreement, Objects.requireNonNull(agreement.partnerOf(government)), today));
			}
		}
		return past;
	}

	private static PastAgreement pastOf(AgreementSummary agreement, AgreementParty partner, LocalDate today) {
		PartialDate ended = agreement.values().ended();
		if (ended != null && !ended.firstDay().isAfter(today)) {
			return new PastAgreement(agreement, partner, "ENDED", ended);
		}
		PartialDate term = agreement.values().termEnds();
		if (term != null && today.isAfter(term.lastDay())) {
			return new PastAgreement(agreement, partner, "EXPIRED", term);
		}
		PartialDate superseded = agreement.supersededBy()
			.stream()
			.filter(signed -> !signed.firstDay().isAfter(today))
			.min(Comparator.naturalOrder())
			.orElse(agreement.values().signed());
		return new PastAgreement(agreement, partner, "SUPERSEDED", superseded);
	}

	/** The engagements since {@code fromYear} of each partner, latest first. */
	private Map<GovernmentId, List<EngagementLine>> recentEngagements(GovernmentId government,
			Map<AgreementId, AgreementParty> partnerOf, int fromYear) {
		EngagementCriteria criteria = new EngagementCriteria(null, null, government, null, null, null, null, fromYear,
				null);
		List<EngagementSummary> found = new ArrayList<>(this.engagements.list(criteria));
		found.sort(Comparator.comparing((EngagementSummary e) -> e.values().year()).reversed());
		Map<GovernmentId, List<EngagementLine>> byPartner = new LinkedHashMap<>();
		for (EngagementSummary engagement : found) {
			AgreementParty partner = partnerOf.get(engagement.values().agreement());
			if (partner != null) {
				byPartner.computeIfAbsent(partner.id(), p -> new ArrayList<>())
					.add(new EngagementLine(engagement, initiator(engagement.values(), government, partner)));
			}
		}
		return byPartner;
	}

	private @Nullable String initiator(EngagementValues values, GovernmentId government, AgreementParty partner) {
		if (EngagementValues.BOTH.equals(values.origin())) {
			return null;
		}
		if (partner.id().value().equals(values.origin())) {
			return partner.name();
		}
		return this.gazetteer.find(government).map(g -> g.values().name()).orElse(values.origin());
	}

}
