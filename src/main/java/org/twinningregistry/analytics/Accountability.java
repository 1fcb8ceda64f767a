package org.twinningregistry.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.analytics.GovernmentScorecard.AgreementCard;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.strategy.DecisionSummary;
import org.twinningregistry.strategy.Fulfilment;
import org.twinningregistry.strategy.RelationshipDecisions;

/**
 * Holding governments to their plans (docs/statistics.md, "Accountability"): the dormant
 * relationships of a government or a province — dormant as the statistics define it, as
 * of today over the default window — each with the decision taken about it within the
 * window or still to decide, beside the province's fulfilment figures. Reads are public.
 */
@Service
public class Accountability {

	private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

	private final Statistics statistics;

	private final ActivityStatistics activity;

	private final Fulfilment fulfilment;

	private final RelationshipDecisions decisions;

	Accountability(Statistics statistics, ActivityStatistics activity, Fulfilment fulfilment,
			RelationshipDecisions decisions) {
		this.statistics = statistics;
		this.activity = activity;
		this.fulfilment = fulfilment;
		this.decisions = decisions;
	}

	/**
	 * The government's dormant relationships: each current agreement of a relationship
	 * without a substantive engagement in the window, with its decision.
	 * @throws org.twinningregistry.shared.NotFoundException if there is no such
	 * government
	 */
	@Transactional(readOnly = true)
	public List<DormantRelationship> ofGovernment(GovernmentId government) {
		GovernmentScorecard card = this.statistics.government(government, null, null);
		Decided decided = new Decided(this.decisions.of(government), card.asOf().getYear() - card.window() + 1);
		return card.agreements()
			.stream()
			.filter(a -> a.current() && !a.active())
			.map(a -> dormant(card, a, decided))
			.toList();
	}

	/**
	 * A province's review for a year.
	 * @param year the planned activities' year (default: this year)
	 * @throws org.twinningregistry.shared.BadRequestException if the code or year is bad
	 */
	@Transactional(readOnly = true)
	public ProvinceAccountability ofProvince(String subdivision, @Nullable Integer year) {
		String code = subdivision.strip().toUpperCase(Locale.ROOT);
		if (!SUBDIVISION.matcher(code).matches()) {
			throw new BadRequestException("subdivision", "error.accountability.subdivision", subdivision);
		}
		int planYear = (year != null) ? year : this.fulfilment.currentYear();
		var figures = this.fulfilment.statistics(code, planYear, null);
		StatisticsDefinitions at = this.activity.definitions(null, null);
		List<RelationshipActivity> rows = this.activity.activity(new StatisticsScope(code.substring(0, 2), code, null),
				at.asOf(), at.window());
		List<GovernmentId> homes = rows.stream().map(r -> new GovernmentId(r.home())).distinct().toList();
		Decided decided = new Decided(this.decisions.of(homes), at.firstYear());
		List<DormantRelationship> dormant = new ArrayList<>();
		for (RelationshipActivity r : rows) {
			if (!r.active()) {
				for (String agreement : r.agreements()) {
					dormant.add(new DormantRelationship(r.home(), r.homeName(), agreement, r.partner(), r.partnerName(),
							r.partnerCountry(), decided.of(r.home(), agreement).orElse(null)));
				}
			}
		}
		return new ProvinceAccountability(code, planYear, at.asOf(), at.window(), figures, dormant);
	}

	private static DormantRelationship dormant(GovernmentScorecard card, AgreementCard a, Decided decided) {
		return new DormantRelationship(card.government(), card.name(), a.agreement(), a.partner(), a.partnerName(),
				a.partnerCountry(), decided.of(card.government(), a.agreement()).orElse(null));
	}

	/**
	 * The latest decision of each government on each agreement taken within the window: a
	 * relationship without engagement in the window came to be dormant before it, so such
	 * a decision answers its dormancy; an older one is asked again.
	 */
	private record Decided(List<DecisionSummary> newestFirst, int firstYear) {

		Optional<DecisionSummary> of(String government, String agreement) {
			return this.newestFirst.stream()
				.filter(d -> d.government().value().equals(government) && d.agreement().value().equals(agreement))
				.findFirst()
				.filter(d -> d.decidedOn().getYear() >= this.firstYear);
		}

	}

}
