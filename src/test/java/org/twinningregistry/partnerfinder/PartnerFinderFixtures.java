package org.twinningregistry.partnerfinder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyBook;
import org.twinningregistry.strategy.StrategyValues;

/**
 * Registries of the partner-finder tests, written through the modules' facades as the
 * system curator; requests for partners are rows of {@code partner_request} (the seeking
 * list writes them once reviewed).
 */
final class PartnerFinderFixtures {

	private final JdbcClient jdbc;

	private final Gazetteer gazetteer;

	private final AgreementRegistry agreements;

	private final StrategyBook strategies;

	private final EngagementLog engagements;

	PartnerFinderFixtures(JdbcClient jdbc, Gazetteer gazetteer, AgreementRegistry agreements, StrategyBook strategies,
			EngagementLog engagements) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.agreements = agreements;
		this.strategies = strategies;
		this.engagements = engagements;
	}

	/** An empty registry. */
	PartnerFinderFixtures empty() {
		RegistryDatabase.clear(this.jdbc);
		this.jdbc.sql("DELETE FROM partner_request").update();
		return this;
	}

	PartnerFinderFixtures government(String id, String name, String subdivision, GovernmentLevel level,
			@Nullable Long population) {
		SystemCurator.call(() -> this.gazetteer.register(new GovernmentId(id), new GovernmentValues(name, null, null,
				subdivision.substring(0, 2), subdivision, level, null, population, null, null, null, null)));
		return this;
	}

	PartnerFinderFixtures local(String id, String subdivision, @Nullable Long population) {
		return government(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), subdivision, GovernmentLevel.LOCAL,
				population);
	}

	/** A current sister agreement since 2010, with the id {@code a-b}. */
	PartnerFinderFixtures tie(String a, String b) {
		SystemCurator.call(() -> this.agreements.register(new AgreementId(a + "-" + b),
				new AgreementValues(new GovernmentId(a), new GovernmentId(b), AgreementType.SISTER,
						PartialDate.parse("2010"), AgreementStatus.ACTIVE, null, null, null, null, null, List.of(),
						null, null)));
		return this;
	}

	/** A substantive engagement in the year under the tie {@code a-b}. */
	PartnerFinderFixtures engagement(String a, String b, int year) {
		SystemCurator.call(() -> this.engagements.record(null,
				new EngagementValues(new AgreementId(a + "-" + b), year, null, null, Category.CULTURE, "BOTH", null,
						EngagementMode.IN_PERSON, null, null, null, null, "Festival", null, null)));
		return this;
	}

	PartnerFinderFixtures strategy(String government, Category... purposes) {
		SystemCurator.call(() -> this.strategies.put(new StrategyValues(new GovernmentId(government), List.of(purposes),
				Statement.NONE, List.of(), null, null, null), null));
		return this;
	}

	/** A published request for partners, expiring in a year. */
	PartnerFinderFixtures request(String government, String seekingCountries, Category... purposes) {
		this.jdbc
			.sql("INSERT INTO partner_request (id, government_id, seeking_countries, purposes, expires, modified,"
					+ " version) VALUES (:id, :government, :countries, :purposes, :expires, :modified, 0)")
			.param("id", "request-" + government)
			.param("government", government)
			.param("countries", seekingCountries.isEmpty() ? null : seekingCountries)
			.param("purposes", Arrays.stream(purposes).map(Category::name).collect(Collectors.joining(";")))
			.param("expires", LocalDate.now().plusYears(1))
			.param("modified", LocalDate.now())
			.update();
		return this;
	}

}
