package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.analytics.ProvinceStatistics.PartnerActivity;
import org.twinningregistry.analytics.internal.ActivityFigures;
import org.twinningregistry.analytics.internal.StatisticsRequests;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;

/**
 * How alive relationships are, relationship by relationship: the activity grid, the
 * province view and the map. Reads are public; {@code asOf} defaults to today and
 * {@code window} to {@value StatisticsDefinitions#DEFAULT_WINDOW} years.
 */
@Service
public class ActivityStatistics {

	private final ActivityFigures activity;

	private final StatisticsRequests requests;

	private final Gazetteer gazetteer;

	ActivityStatistics(ActivityFigures activity, StatisticsRequests requests, Gazetteer gazetteer) {
		this.activity = activity;
		this.requests = requests;
		this.gazetteer = gazetteer;
	}

	/** The date and window a request without them gets: today and five years. */
	public StatisticsDefinitions definitions(@Nullable LocalDate asOf, @Nullable Integer window) {
		return this.requests.definitions(asOf, window);
	}

	/**
	 * Every relationship in the scope with its engagements per year of the window,
	 * ordered by the home party's name.
	 * @throws org.twinningregistry.shared.BadRequestException if a code is unknown
	 */
	@Transactional(readOnly = true)
	public List<RelationshipActivity> activity(StatisticsScope scope, @Nullable LocalDate asOf,
			@Nullable Integer window) {
		this.requests.planForActualParameters();
		return this.activity.of(this.requests.scope(scope), this.requests.definitions(asOf, window));
	}

	/** A subdivision's relationships: by partner country and year by year. */
	@Transactional(readOnly = true)
	public ProvinceStatistics province(String subdivision, @Nullable LocalDate asOf, @Nullable Integer window) {
		this.requests.planForActualParameters();
		String code = subdivision.strip().toUpperCase(Locale.ROOT);
		String country = code.substring(0, Math.max(0, code.indexOf('-')));
		StatisticsScope scope = this.requests
			.scope(new StatisticsScope(country.isEmpty() ? code : country, code, null));
		StatisticsDefinitions at = this.requests.definitions(asOf, window);
		List<RelationshipActivity> rows = this.activity.of(scope, at);
		Map<String, List<RelationshipActivity>> byPartner = rows.stream()
			.collect(Collectors.groupingBy(RelationshipActivity::partnerCountry));
		List<PartnerActivity> partners = byPartner.entrySet()
			.stream()
			.map(e -> new PartnerActivity(e.getKey(), e.getValue().size(),
					e.getValue().stream().filter(RelationshipActivity::active).count()))
			.sorted(Comparator.comparingLong(PartnerActivity::relationships)
				.reversed()
				.thenComparing(PartnerActivity::country))
			.toList();
		long active = rows.stream().filter(RelationshipActivity::active).count();
		double frequency = at.meanFrequency(
				rows.stream().map(r -> (int) r.substantive().values().stream().filter(n -> n > 0).count()).toList());
		return new ProvinceStatistics(scope.subdivision(), at.asOf(), at.window(), rows.size(), active,
				rows.size() - active, frequency, partners, rows);
	}

	/**
	 * The relationships in the scope as lines between their governments; a relationship
	 * with a party lacking coordinates is left out.
	 */
	@Transactional(readOnly = true)
	public List<MapLine> map(StatisticsScope scope, @Nullable LocalDate asOf, @Nullable Integer window) {
		this.requests.planForActualParameters();
		List<RelationshipActivity> rows = activity(scope, asOf, window);
		Map<GovernmentId, GovernmentDetails> places = this.gazetteer.details(rows.stream()
			.flatMap(r -> Stream.of(new GovernmentId(r.home()), new GovernmentId(r.partner())))
			.toList());
		List<MapLine> lines = new ArrayList<>();
		for (RelationshipActivity r : rows) {
			GovernmentDetails home = places.get(new GovernmentId(r.home()));
			GovernmentDetails partner = places.get(new GovernmentId(r.partner()));
			if (home != null && partner != null && home.values().latitude() != null
					&& partner.values().latitude() != null) {
				lines.add(new MapLine(r.home(), r.homeName(), home.values().latitude(), home.values().longitude(),
						r.partner(), r.partnerName(), r.partnerCountry(), partner.values().latitude(),
						partner.values().longitude(), r.active()));
			}
		}
		return lines;
	}

}
