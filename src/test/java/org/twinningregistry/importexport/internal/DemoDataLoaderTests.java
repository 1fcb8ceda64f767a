package org.twinningregistry.importexport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.report.ImportStatus;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class DemoDataLoaderTests {

	private static final Pattern HANGUL = Pattern.compile("[\\p{IsHangul}]+");

	@Autowired
	private DemoDataLoader loader;

	@Autowired
	private DataPackageImporter importer;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@Autowired
	private EngagementLog engagements;

	@Autowired
	private LockProvider locks;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void loadsTheCanadaKoreaAgreementsCleanly() throws Exception {
		// when
		ImportReport report = this.loader.load();

		// then
		assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).noneMatch(w -> w.file().equals("engagements.csv"));
		assertThat(this.agreements.count()).isEqualTo(19);
		assertThat(this.gazetteer.count()).isEqualTo(45);
		assertThat(this.engagements.count()).isBetween(10L, 20L);
		List<AgreementSummary> all = new ArrayList<>();
		this.agreements.forEach(all::add);
		assertThat(all).allSatisfy(a -> {
			assertThat(a.partyA().country()).isEqualTo("CA");
			assertThat(a.partyB().country()).isEqualTo("KR");
		});
	}

	@Test
	void namesKoreanGovernmentsInHangul() throws Exception {
		// when
		this.loader.load();

		// then
		assertThat(localName("KR-41-hwaseong")).isEqualTo("화성시");
		assertThat(localName("KR-41")).isEqualTo("경기도");
		assertThat(localName("KR-30")).isEqualTo("대전광역시");
		assertThat(localName("KR-11")).isEqualTo("서울특별시");
		assertThat(localName("KR-42")).isEqualTo("강원도");
		List<GovernmentDetails> korean = new ArrayList<>();
		this.gazetteer.forEach(g -> {
			if (g.values().country().equals("KR")) {
				korean.add(g);
			}
		});
		assertThat(korean).hasSizeGreaterThan(20).allSatisfy(g -> assertThat(g.values().nameLocal()).matches(HANGUL));
		assertThat(this.gazetteer.find(new GovernmentId("CA-BC")).orElseThrow().values().nameFr())
			.isEqualTo("Colombie-Britannique");
	}

	@Test
	void loadsOnlyIntoEmptyRegistryWhenEnabled() throws Exception {
		// given
		this.loader.load();
		long before = this.agreements.count();

		// when
		this.loader.run(null);

		// then
		assertThat(this.agreements.count()).isEqualTo(before);
	}

	@Test
	void leavesTheDemoDataToTheInstanceHoldingTheLock() throws Exception {
		// given: another instance starting on the same empty database holds the lock
		MockEnvironment enabled = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
			.withProperty("registry.demo-data", "true");
		DemoDataLoader loader = new DemoDataLoader(this.importer, this.gazetteer, enabled,
				configuration -> java.util.Optional.empty());

		// when
		loader.run(null);

		// then
		assertThat(this.gazetteer.count()).isZero();
	}

	@Test
	void defaultsToOnForEmbeddedDatabaseOnly() {
		// given
		MockEnvironment h2 = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
		MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://localhost/registry");
		MockEnvironment forced = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://localhost/registry")
			.withProperty("registry.demo-data", "true");
		MockEnvironment off = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
			.withProperty("registry.demo-data", "false");

		// when / then
		assertThat(loaderWith(h2).isEnabled()).isTrue();
		assertThat(loaderWith(postgres).isEnabled()).isFalse();
		assertThat(loaderWith(forced).isEnabled()).isTrue();
		assertThat(loaderWith(off).isEnabled()).isFalse();
	}

	private DemoDataLoader loaderWith(MockEnvironment environment) {
		return new DemoDataLoader(this.importer, this.gazetteer, environment, this.locks);
	}

	private String localName(String id) {
		return this.gazetteer.find(new GovernmentId(id)).orElseThrow().values().nameLocal();
	}

}
