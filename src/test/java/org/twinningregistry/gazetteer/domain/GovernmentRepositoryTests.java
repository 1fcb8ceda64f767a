package org.twinningregistry.gazetteer.domain;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.gazetteer.GovernmentCriteria;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.twinningregistry.gazetteer.GazetteerFixtures.aCity;
import static org.twinningregistry.gazetteer.GazetteerFixtures.withParent;

/**
 * The governments' list query ({@link GovernmentSearch} as a specification) and their
 * count by parent, on the engine the tests run on (H2, or PostgreSQL under the
 * {@code postgresql} profile): accent- and case-insensitive words, LIKE wildcards taken
 * as text, filters. Each test's writes are rolled back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class GovernmentRepositoryTests {

	private static final GovernmentId QUEBEC = new GovernmentId("CA-QC");

	@Autowired
	private GovernmentRepository governments;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void givenGovernments() {
		RegistryDatabase.clear(this.jdbc);
		this.governments.saveAndFlush(new Government(QUEBEC, new GovernmentValues("Québec", null, null, "CA", "CA-QC",
				GovernmentLevel.REGIONAL, null, null, null, null, null, null)));
		this.governments.save(government("montreal", withParent(aCity("Montréal", "CA", "CA-QC"), QUEBEC)));
		this.governments.save(government("longueuil", withParent(aCity("Longueuil", "CA", "CA-QC"), QUEBEC)));
		this.governments.save(government("montreux", aCity("Montreux", "CH", "CH-VD")));
		this.governments.saveAndFlush(government("odd", aCity("Under_score 100%", "CA", "CA-ON")));
	}

	@Test
	void findsEveryWordOfTheQueryWhateverItsAccentsAndCase() {
		// when / then
		assertThat(ids(criteria("MONTRE", null))).containsExactly("montreal", "montreux");
		assertThat(ids(criteria("montréal", null))).containsExactly("montreal");
		assertThat(ids(criteria("mont", "CH"))).containsExactly("montreux");
		assertThat(ids(criteria("under 100", null))).containsExactly("odd");
	}

	@Test
	void takesLikeWildcardsAsText() {
		// when / then
		assertThat(ids(criteria("%", null))).containsExactly("odd");
		assertThat(ids(criteria("r_", null))).containsExactly("odd");
		assertThat(ids(criteria("m%l", null))).isEmpty();
	}

	@Test
	void filtersBySubdivisionLevelAndParentAndCountsChildren() {
		// when / then
		assertThat(ids(new GovernmentCriteria(null, null, "CA-QC", GovernmentLevel.LOCAL, null)))
			.containsExactly("longueuil", "montreal");
		assertThat(ids(new GovernmentCriteria(null, "CA", null, GovernmentLevel.REGIONAL, null)))
			.containsExactly("CA-QC");
		assertThat(ids(new GovernmentCriteria(null, null, null, null, QUEBEC))).containsExactly("longueuil",
				"montreal");
		assertThat(this.governments.countByParent(QUEBEC.value())).isEqualTo(2);
		assertThat(this.governments.countByParent("montreal")).isZero();
	}

	private List<String> ids(GovernmentCriteria criteria) {
		return this.governments.findAll(GovernmentSearch.matching(criteria), Sort.by("id"))
			.stream()
			.map(government -> government.id().value())
			.toList();
	}

	private static GovernmentCriteria criteria(String q, String country) {
		return new GovernmentCriteria(q, country, null, null, null);
	}

	private static Government government(String id, GovernmentValues values) {
		return new Government(new GovernmentId(id), values);
	}

}
