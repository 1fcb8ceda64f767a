package org.twinningregistry.partnerfinder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.StrategyBook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner suggestions on the engine of the active profile: for each reason alone (shared
 * purposes, mutual seeking, network closeness, size) the candidate that has it comes
 * first, with that reason given; current partners are never suggested, and a candidate
 * whose ties are all dormant ranks below an equally experienced active one.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it shares the application context of the MockMvc
						// tests
class PartnerSuggestionsTests {

	private static final GovernmentId SUWON = new GovernmentId("suwon");

	@Autowired
	private PartnerSuggestions suggestions;

	@Autowired
	private Clock clock;

	private PartnerFinderFixtures registry;

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired StrategyBook strategies, @Autowired EngagementLog engagements) {
		// an asker in Korea, three Canadian governments alike but for what a test gives
		// one of them
		this.registry = new PartnerFinderFixtures(jdbc, gazetteer, agreements, strategies, engagements).empty()
			.government("KR-national", "Korea", "KR", GovernmentLevel.NATIONAL, 51_000_000L)
			.local("suwon", "KR-41", 1_200_000L)
			.local("alpha", "CA-BC", null)
			.local("beta", "CA-ON", null)
			.local("gamma", "CA-QC", null);
	}

	@Test
	void sharedPurposesAloneBringACandidateFirst() {
		// given
		this.registry.strategy("suwon", Category.ECONOMY, Category.CULTURE).strategy("beta", Category.ECONOMY);
		// when
		List<Suggestion> found = suggest(null);
		// then
		assertThat(first(found)).isEqualTo("beta");
		assertThat(found.get(0).reasons()).extracting(SuggestionReason::component)
			.contains(SuggestionComponent.SHARED_PURPOSES);
		assertThat(reason(found.get(0), SuggestionComponent.SHARED_PURPOSES)).contains("Economy");
	}

	@Test
	void aCandidateSeekingTheAskerComesFirst() {
		// given
		this.registry.request("gamma", "KR;JP", Category.CULTURE);
		// when
		List<Suggestion> found = suggest(null);
		// then
		assertThat(first(found)).isEqualTo("gamma");
		assertThat(reason(found.get(0), SuggestionComponent.MUTUAL_SEEKING)).contains("KR").contains("Culture");
	}

	@Test
	void aPartnerOfPartnersComesBeforeAnEquallyExperiencedStranger() {
		// given: Alpha is Osaka's partner, Osaka Suwon's; Epsilon has as many ties, with
		// Kobe
		this.registry.local("osaka", "JP-27", 2_700_000L)
			.local("kobe", "JP-28", null)
			.local("epsilon", "CA-BC", null)
			.tie("suwon", "osaka")
			.tie("osaka", "alpha")
			.tie("kobe", "epsilon");
		// when
		List<Suggestion> found = suggest(null);
		// then
		assertThat(first(found)).isEqualTo("alpha");
		assertThat(reason(found.get(0), SuggestionComponent.NETWORK)).startsWith("1 of your partners");
		assertThat(ids(found)).doesNotContain("osaka", "suwon");
		assertThat(ids(found).indexOf("epsilon")).isGreaterThan(0);
	}

	@Test
	void tiesBetweenTheTwoProvincesBringTheirOtherCitiesFirst() {
		// given: Suwon (Gyeonggi) and Yongin–Delta join Gyeonggi and Ontario, where Beta
		// lies
		this.registry.local("yongin", "KR-41", 1_000_000L)
			.local("delta", "CA-ON", null)
			.tie("yongin", "delta")
			.tie("suwon", "yongin");
		// when
		List<Suggestion> found = suggest(null);
		// then: Delta itself (experienced too) first, then Beta, its neighbour
		assertThat(ids(found)).startsWith("delta", "beta");
		assertThat(reason(found.get(1), SuggestionComponent.NETWORK)).contains("CA-ON");
	}

	@Test
	void aCandidateOfSimilarSizeComesFirst() {
		// given
		this.registry.local("zeta", "CA-BC", 30_000L).local("eta", "CA-ON", 1_100_000L);
		// when
		List<Suggestion> found = suggest(null);
		// then
		assertThat(first(found)).isEqualTo("eta");
		assertThat(reason(found.get(0), SuggestionComponent.SIZE)).contains("1,100,000").contains("1,200,000");
		assertThat(ids(found).indexOf("zeta")).isGreaterThan(0);
	}

	@Test
	void currentPartnersAreNeverSuggestedAndDormantOnlyCandidatesRankDown() {
		// given: Beta is Suwon's partner; Alpha and Gamma each have one tie in Japan,
		// Alpha's active this year, Gamma's dormant
		int year = LocalDate.now(this.clock).getYear();
		this.registry.local("kobe", "JP-28", 1_500_000L)
			.local("nara", "JP-29", 350_000L)
			.tie("suwon", "beta")
			.tie("alpha", "kobe")
			.engagement("alpha", "kobe", year)
			.tie("gamma", "nara");
		// when
		List<Suggestion> found = suggest(null);
		// then
		assertThat(ids(found)).doesNotContain("beta", "suwon", "KR-national");
		assertThat(ids(found).indexOf("alpha")).isLessThan(ids(found).indexOf("gamma"));
		Suggestion gamma = found.get(ids(found).indexOf("gamma"));
		assertThat(gamma.reasons()).filteredOn(r -> r.component() == SuggestionComponent.PENALTY)
			.singleElement()
			.satisfies(r -> assertThat(r.points()).isNegative());
		assertThat(found.get(ids(found).indexOf("alpha")).reasons()).extracting(SuggestionReason::component)
			.doesNotContain(SuggestionComponent.PENALTY);
	}

	@Test
	void thePurposeFilterKeepsCandidatesNamingIt() {
		// given
		this.registry.strategy("alpha", Category.SPORTS).request("gamma", "", Category.SPORTS, Category.YOUTH);
		// when
		List<Suggestion> found = this.suggestions.suggest(SUWON, new SuggestionQuery("CA", Category.SPORTS, 20),
				Locale.ENGLISH);
		// then
		assertThat(ids(found)).containsExactlyInAnyOrder("alpha", "gamma");
	}

	private List<Suggestion> suggest(String country) {
		return this.suggestions.suggest(SUWON, new SuggestionQuery(country, null, 20), Locale.ENGLISH);
	}

	private static String first(List<Suggestion> found) {
		assertThat(found).isNotEmpty();
		return ids(found).get(0);
	}

	private static List<String> ids(List<Suggestion> found) {
		return found.stream()
			.map(s -> s.candidate().registered() ? s.candidate().government().value()
					: "geonames:" + s.candidate().geonameId())
			.toList();
	}

	private static String reason(Suggestion suggestion, SuggestionComponent component) {
		return suggestion.reasons()
			.stream()
			.filter(r -> r.component() == component)
			.map(SuggestionReason::sentence)
			.findFirst()
			.orElseThrow(() -> new AssertionError(component + " not among " + suggestion.reasons()));
	}

}
