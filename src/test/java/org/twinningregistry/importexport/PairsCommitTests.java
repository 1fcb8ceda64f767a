package org.twinningregistry.importexport;

import org.twinningregistry.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GazetteerFixtures;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.twinningregistry.importexport.pairs.PairsCommit;
import org.twinningregistry.importexport.pairs.PairsCommitted;
import org.twinningregistry.importexport.pairs.PairsImport;

/** Committing a settled pairs list, and checking one through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class PairsCommitTests {

	private static final String LIST = """
			city1,country1,city2,country2
			Chinju,South Korea,Kitakyushu,Japan
			Hwaseong,South Korea,Jinan,China
			Jinju,Korea,Kitakyūshū,Japan
			Springfield,United States,Nowhere Creek,Canada
			""";

	@Autowired
	private PairsImport pairs;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void commitsPlacedRowsCreatingGovernmentsAndAgreementsAndNoDuplicateTheSecondTime() {
		// given: Hwaseong already in the registry, under its own id
		SystemCurator
			.call(() -> this.gazetteer.register(new GovernmentId("KR-41-hwaseong"), GazetteerFixtures.hwaseong()));
		PairsCommit commit = new PairsCommit(AgreementType.SISTER, 2019, Map.of());
		// when
		PairsCommitted first = SystemCurator.call(() -> this.pairs.commit(bytes(LIST), commit));
		PairsCommitted second = SystemCurator.call(() -> this.pairs.commit(bytes(LIST), commit));
		// then
		assertThat(first.governmentsCreated()).isEqualTo(3);
		assertThat(first.agreementsCreated()).isEqualTo(2);
		assertThat(first.notCommitted()).containsExactly(4, 5);
		// one id scheme for every government: subdivision and name, as a hand-made one
		assertThat(this.gazetteer.find(new GovernmentId("KR-48-chinju")).orElseThrow().values())
			.extracting(v -> v.subdivision(), v -> v.geonames(), v -> v.wikidata())
			.containsExactly("KR-48", 1846052L, "Q42144");
		assertThat(this.agreements.list(AgreementCriteria.ofGovernment(new GovernmentId("KR-41-hwaseong"))))
			.singleElement()
			.satisfies(a -> assertThat(a.values().signed().year()).isEqualTo(2019));
		assertThat(second.governmentsCreated()).isZero();
		assertThat(second.agreementsCreated()).isZero();
		assertThat(second.alreadyRegistered()).isEqualTo(2);
		assertThat(this.agreements.count()).isEqualTo(2);
	}

	@Test
	void leavesOutAPlaceASourceFilesUnderAnotherCountryInsteadOfFailingTheList() {
		// given: Nagylak, which Who's On First files under Romania's Arad, though it is
		// in
		// Hungary (the shipped sample's row that made the whole list fail)
		String list = """
				city1,country1,city2,country2
				Nădlac,Romania,Kovačica,Serbia
				Nădlac,Romania,Nagylak,Hungary
				""";
		// when
		PairsCommitted committed = SystemCurator
			.call(() -> this.pairs.commit(bytes(list), new PairsCommit(AgreementType.SISTER, 2000, Map.of())));
		// then: the other row is registered, that one left to the curator, and no
		// government lies in another country's subdivision
		assertThat(committed.agreementsCreated()).isEqualTo(1);
		assertThat(committed.notCommitted()).containsExactly(3);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM government WHERE subdivision NOT LIKE country || '-%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void takesAPlaceRegisteredBeforeAsItIsEvenForACuratorOfAnotherCountry() {
		// given: Jinju registered from its GeoNames place (an id of the older scheme),
		// then corrected by a curator (its name), its GeoNames id kept
		GovernmentId jinju = new GovernmentId("geonames-1846052");
		SystemCurator.call(() -> this.gazetteer.register(jinju, new GovernmentValues("Jinju (corrected)", null, "진주시",
				"KR", "KR-48", GovernmentLevel.LOCAL, null, 340000L, 35.19, 128.08, null, 1846052L)));
		String list = "city1,country1,city2,country2\nChinju,South Korea,Kitakyushu,Japan\n";
		// when: a curator of Japan commits a list naming it
		AtomicReference<PairsCommitted> result = new AtomicReference<>();
		ApiTestSupport.as("curator-jp", new Grant(RegistryRole.CURATOR, "JP"), () -> result
			.set(this.pairs.commit(bytes(list), new PairsCommit(AgreementType.SISTER, 1989, Map.of()))));
		PairsCommitted committed = result.get();
		// then: Kitakyushu is new, Jinju kept as corrected, and the agreement names it
		assertThat(committed.governmentsCreated()).isEqualTo(1);
		assertThat(committed.agreementsCreated()).isEqualTo(1);
		assertThat(this.gazetteer.get(jinju).values().name()).isEqualTo("Jinju (corrected)");
		assertThat(this.agreements.list(AgreementCriteria.ofGovernment(jinju))).hasSize(1);
	}

	@Test
	void leavesUndatedRowsOutWhenTheBatchHasNoYear() {
		// given
		String dated = """
				city1,country1,city2,country2,signed
				Chinju,South Korea,Kitakyushu,Japan,1989
				Hwaseong,South Korea,Jinan,China,
				""";
		// when
		PairsCommitted committed = SystemCurator
			.call(() -> this.pairs.commit(bytes(dated), new PairsCommit(AgreementType.FRIENDSHIP, null, Map.of())));
		// then
		assertThat(committed.agreementsCreated()).isEqualTo(1);
		assertThat(committed.notCommitted()).containsExactly(3);
	}

	@Test
	void checksAListThroughTheApiWithoutWriting() throws Exception {
		// when / then
		this.mvc
			.perform(post("/api/v1/imports/pairs").param("dryRun", "true")
				.contentType("text/csv")
				.content(LIST)
				.with(httpBasic("curator", "curator-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.placed").value(2))
			.andExpect(jsonPath("$.duplicates").value(1))
			.andExpect(jsonPath("$.unplaced").value(1))
			.andExpect(jsonPath("$.entries[0].partyA.geonameId").value(1846052))
			.andExpect(jsonPath("$.entries[2].duplicateOf").value(2))
			.andExpect(jsonPath("$.entries[3].reason").value("import.pairs.reason.place-not-found.2"));
		assertThat(this.agreements.count()).isZero();
	}

	@Test
	void refusesToCommitThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports/pairs").param("dryRun", "false")
				.contentType("text/csv")
				.content(LIST)
				.with(httpBasic("curator", "curator-test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("import.pairs.dry-run-only"));
	}

	@Test
	void settlesAndCommitsAListFromThePage() throws Exception {
		// given
		String list = """
				city1,country1,city2,country2
				Springfield,United States,Kitakyushu,Japan
				""";
		MockMultipartFile file = new MockMultipartFile("file", "pairs.csv", "text/csv", bytes(list));
		// when: the report offers each Springfield as a choice
		this.mvc.perform(multipart("/imports/pairs").file(file).with(curatorUser()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"choice-2a\"")))
			.andExpect(content().string(containsString("geonames:4409896")));
		// and the curator settles it on Springfield, Missouri
		this.mvc
			.perform(post("/imports/pairs/commit").param("csv", list)
				.param("type", "SISTER")
				.param("signedYear", "1995")
				.param("choice-2a", "geonames:4409896")
				.with(curatorUser())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("committed"));
		// then
		assertThat(this.gazetteer.find(new GovernmentId("US-MO-springfield")).orElseThrow().values().geonames())
			.isEqualTo(4409896L);
		assertThat(this.agreements.count()).isEqualTo(1);
	}

	private static RequestPostProcessor curatorUser() {
		return ApiTestSupport.curatorUser();
	}

	private static byte[] bytes(String csv) {
		return csv.getBytes(StandardCharsets.UTF_8);
	}

}
