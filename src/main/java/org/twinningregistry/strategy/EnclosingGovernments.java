package org.twinningregistry.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.strategy.ApplicableStrategy.Tier;

/**
 * The governments whose strategies apply to a government: itself, its province (the
 * first-level government above it: its parent, else the first-level government of its
 * subdivision) and its country (the national government of its country; the first by id,
 * should the gazetteer hold two).
 */
@Component
class EnclosingGovernments {

	private final Gazetteer gazetteer;

	EnclosingGovernments(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** The government and those above it that the registry holds, nearest first. */
	List<Enclosing> of(GovernmentDetails government) {
		List<Enclosing> tiers = new ArrayList<>();
		tiers.add(new Enclosing(Tier.OWN, government.summary()));
		GovernmentLevel level = government.values().level();
		if (level == GovernmentLevel.LOCAL) {
			province(government).ifPresent(province -> tiers.add(new Enclosing(Tier.PROVINCE, province)));
		}
		if (level != GovernmentLevel.NATIONAL) {
			first(new GovernmentCriteria(null, government.values().country(), null, GovernmentLevel.NATIONAL, null))
				.ifPresent(nation -> tiers.add(new Enclosing(Tier.COUNTRY, nation)));
		}
		return tiers;
	}

	private Optional<GovernmentSummary> province(GovernmentDetails government) {
		Optional<GovernmentSummary> parent = Optional.ofNullable(government.values().parent())
			.flatMap(this.gazetteer::find)
			.map(GovernmentDetails::summary)
			.filter(p -> p.level() == GovernmentLevel.REGIONAL);
		return parent.or(() -> first(new GovernmentCriteria(null, government.values().country(),
				government.values().subdivision(), GovernmentLevel.REGIONAL, null)));
	}

	private Optional<GovernmentSummary> first(GovernmentCriteria criteria) {
		return this.gazetteer.search(criteria, PageRequest.of(0, 1, Sort.by("id"))).stream().findFirst();
	}

	/** A government whose strategy applies, and whose it is seen from below. */
	record Enclosing(Tier tier, GovernmentSummary holder) {

	}

}
