package org.twinningregistry.importexport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;

import static org.assertj.core.api.Assertions.assertThat;
import org.twinningregistry.importexport.pairs.PairCandidate;
import org.twinningregistry.importexport.pairs.PairStatus;
import org.twinningregistry.importexport.pairs.PairsImport;
import org.twinningregistry.importexport.pairs.PairsReport;
import org.twinningregistry.importexport.pairs.PairsRow;

/** Reconciling pairs lists: the Wikipedia sample and the named hard cases one by one. */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it shares the application context of the MockMvc
						// tests
class PairsReconciliationTests {

	@Autowired
	private PairsImport pairs;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void placesTheSampleListAndExplainsEveryUnplacedRow() throws IOException {
		// given
		byte[] sample = new ClassPathResource("pairs/wikipedia-pairs-sample.csv").getContentAsByteArray();
		// when
		PairsReport report = reconcile(sample);
		// then
		assertThat(report.rows()).isEqualTo(2600);
		assertThat(report.placed() + report.ambiguous() + report.duplicates() + report.unplaced()).isEqualTo(2600);
		assertThat(report.placementRate())
			.as("placed %d of %d distinct rows; %d ambiguous, %d unplaced", report.placed(),
					report.rows() - report.duplicates(), report.ambiguous(), report.unplaced())
			.isGreaterThanOrEqualTo(0.79);
		assertThat(report.entries()).filteredOn(e -> e.status() == PairStatus.UNPLACED)
			.allSatisfy(e -> assertThat(e.message()).isNotBlank());
	}

	@Test
	void resolvesTyposSubNationalLabelsAndQualifiedCountries() {
		// given
		String csv = """
				city1,country1,city2,country2
				Athens,Grece,Coventry,England
				Swansea,"Wales, United Kingdom",Batumi,Georgia (country)
				Atlanta,"Georgia, United States",Tbilisi,Georgia
				Fort-de-France,"Martinique, France","Washington, D.C.",United States
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).as("%s", report.entries()).isEqualTo(4);
		assertThat(party(report, 2, 'a')).extracting(PairCandidate::country).isEqualTo("GR");
		assertThat(party(report, 2, 'b')).extracting(PairCandidate::country, PairCandidate::subdivision)
			.containsExactly("GB", "GB-ENG");
		assertThat(party(report, 3, 'a').subdivision()).isEqualTo("GB-WLS");
		assertThat(party(report, 3, 'b').country()).isEqualTo("GE");
		assertThat(party(report, 4, 'a').subdivision()).isEqualTo("US-GA");
		assertThat(party(report, 4, 'b').country()).isEqualTo("GE");
		assertThat(party(report, 5, 'a')).extracting(PairCandidate::name, PairCandidate::country)
			.containsExactly("Fort-de-France", "MQ");
		assertThat(party(report, 5, 'b')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Washington", "US-DC");
	}

	@Test
	void findsDistrictsQualifiedAndBilingualNames() {
		// given
		String csv = """
				city1,country1,city2,country2
				Belgrade – Zemun,Serbia,Adachi (Tokyo),Japan
				"Coventry, Rhode Island",United States,Biel/Bienne,Switzerland
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).isEqualTo(2);
		assertThat(party(report, 2, 'a').name()).isEqualTo("Zemun");
		assertThat(party(report, 2, 'b')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Adachi", "JP-13");
		assertThat(party(report, 3, 'a').subdivision()).isEqualTo("US-RI");
		assertThat(party(report, 3, 'b')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Biel/Bienne", "CH-BE");
	}

	@Test
	void findsSmallTownsOfTheLargerGazetteer() {
		// given: villages of one to six thousand people, absent from cities15000
		String csv = """
				city1,country1,city2,country2
				Hérémence,Switzerland,Ischgl,Austria
				Skiathos,Greece,Gerace,Italy
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).as("%s", report.entries()).isEqualTo(2);
		assertThat(party(report, 2, 'a')).extracting(PairCandidate::geonameId, PairCandidate::subdivision)
			.containsExactly(2660371L, "CH-VS");
		assertThat(party(report, 2, 'b')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Ischgl", "AT-7");
		assertThat(party(report, 3, 'a')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Skíathos", "GR-E");
		assertThat(party(report, 3, 'b')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Gerace", "IT-78");
	}

	@Test
	void findsVillagesOfFiveHundredPeopleAndOtherSpellings() {
		// given: a village of the cities500 extract, "St" for "Saint", a town named with
		// its river, a numbered district of Budapest, a city by its alternate name
		String csv = """
				city1,country1,city2,country2
				Schengen,Luxembourg,St Clears,Wales
				Hattersheim am Main,Germany,Budapest XIII,Hungary
				Querétaro,Mexico,Santiago de Compostela,Spain
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).as("%s", report.entries()).isEqualTo(3);
		assertThat(party(report, 2, 'a').geonameId()).isEqualTo(2960107L);
		assertThat(party(report, 2, 'b')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Saint Clears", "GB-WLS");
		assertThat(party(report, 3, 'a')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Hattersheim", "DE-HE");
		assertThat(party(report, 3, 'b').geonameId()).isEqualTo(7284830L);
		assertThat(party(report, 4, 'a')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Santiago de Querétaro", "MX-QUE");
	}

	@Test
	void placesNoDistrictOutsideTheCityItsCellNames() {
		// given: GeoNames has a Gangdong in Gangwon, none in Seoul
		String csv = """
				city1,country1,city2,country2
				Seoul – Gangdong,South Korea,Qinhuangdao,China
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.entries().get(0).status()).isEqualTo(PairStatus.UNPLACED);
		assertThat(report.entries().get(0).reason()).isEqualTo("import.pairs.reason.place-elsewhere.1");
		assertThat(report.entries().get(0).message()).contains("Gangdong");
	}

	@Test
	void mergesAPairListedAgainReversedAndInAnotherRomanisation() {
		// given
		String csv = """
				city1,country1,city2,country2
				Chinju,South Korea,Kitakyushu,Japan
				Kitakyūshū,Japan,Jinju,Korea
				Kitakyushu,Japan,Atlantis,Japan
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.entries().get(0).status()).isEqualTo(PairStatus.PLACED);
		assertThat(party(report, 2, 'a').geonameId()).isEqualTo(1846052L);
		assertThat(report.entries().get(1).status()).isEqualTo(PairStatus.DUPLICATE);
		assertThat(report.entries().get(1).duplicateOf()).isEqualTo(2);
		assertThat(report.entries().get(2).status()).isEqualTo(PairStatus.UNPLACED);
		assertThat(report.entries().get(2).reason()).isEqualTo("import.pairs.reason.place-not-found.2");
		assertThat(report.entries().get(2).message()).contains("Atlantis");
		assertThat(report).extracting(PairsReport::placed, PairsReport::duplicates, PairsReport::unplaced)
			.containsExactly(1, 1, 1);
	}

	private static PairCandidate party(PairsReport report, int line, char side) {
		PairsRow row = report.entries().stream().filter(e -> e.line() == line).findFirst().orElseThrow();
		assertThat(row.status()).as("line %d: %s", line, row).isEqualTo(PairStatus.PLACED);
		return (side == 'a') ? row.partyA() : row.partyB();
	}

	private PairsReport reconcile(String csv) {
		return reconcile(csv.getBytes(StandardCharsets.UTF_8));
	}

	private PairsReport reconcile(byte[] csv) {
		return SystemCurator.call(() -> this.pairs.reconcile(csv, Locale.ENGLISH));
	}

}
