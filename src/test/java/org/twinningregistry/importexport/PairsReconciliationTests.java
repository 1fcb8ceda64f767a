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
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;

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

	@Autowired
	private Gazetteer gazetteer;

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
			.isGreaterThanOrEqualTo(0.89);
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
	void findsARussianDistrictAsGeoNamesSpellsIt() {
		// given
		String csv = """
				city1,country1,city2,country2
				Nyasvizh,Belarus,Gatchinsky District,Russia
				Sillamäe,Estonia,Nekrasovsky District,Russia
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).isEqualTo(2);
		assertThat(party(report, 2, 'b')).extracting(PairCandidate::name, PairCandidate::kind)
			.containsExactly("Gatchinskiy Rayon", "SECOND_LEVEL");
		assertThat(party(report, 3, 'b').name()).isEqualTo("Nekrasovskiy Rayon");
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
		// given: GeoNames' populated places have a Gangdong in Gangwon; its second-level
		// divisions Seoul's Gangdong-gu; Beijing's Chaoyang district is in no source
		String csv = """
				city1,country1,city2,country2
				Seoul – Gangdong,South Korea,Qinhuangdao,China
				Chaoyang (Beijing),China,Qinhuangdao,China
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(party(report, 2, 'a')).extracting(PairCandidate::name, PairCandidate::subdivision)
			.containsExactly("Gangdong-gu", "KR-11");
		assertThat(report.entries().get(1).status()).isEqualTo(PairStatus.UNPLACED);
		assertThat(report.entries().get(1).reason()).isEqualTo("import.pairs.reason.place-elsewhere.1");
		assertThat(report.entries().get(1).message()).contains("Chaoyang");
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

	@Test
	void placesAdministrativeUnitsOfTheMergedGazetteer() {
		// given: an English London borough (ISO 3166-2 only) and metropolitan district
		// (GeoNames' second level, with its ISO code), a Norwegian and a Danish
		// municipality, a Seoul and a Prague district, a Budapest district by number, a
		// Tokyo ward
		String csv = """
				city1,country1,city2,country2
				Kensington and Chelsea,England,Tameside,United Kingdom
				Bærum,Norway,Frederiksberg,Denmark
				Gangnam-gu,South Korea,Praha 6,Czech Republic
				Budapest XIII,Hungary,Shinjuku,Japan
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).as("%s", report.entries()).isEqualTo(4);
		assertThat(party(report, 2, 'a')).extracting(PairCandidate::key, PairCandidate::subdivision)
			.containsExactly("iso:GB-KEC", "GB-ENG");
		assertThat(party(report, 2, 'b')).extracting(PairCandidate::key, PairCandidate::subdivision)
			.containsExactly("geonames:3333208", "GB-ENG");
		assertThat(party(report, 3, 'a')).extracting(PairCandidate::geonameId, PairCandidate::subdivision)
			.containsExactly(3162212L, "NO-30");
		assertThat(party(report, 3, 'b')).extracting(PairCandidate::wikidata, PairCandidate::subdivision)
			.containsExactly("Q30096", "DK-84");
		assertThat(party(report, 4, 'a')).extracting(PairCandidate::wikidata, PairCandidate::subdivision)
			.containsExactly("Q20398", "KR-11");
		assertThat(party(report, 4, 'b')).extracting(PairCandidate::geonameId, PairCandidate::name)
			.containsExactly(8378774L, "Praha 6");
		assertThat(party(report, 5, 'a')).extracting(PairCandidate::geonameId, PairCandidate::subdivision)
			.containsExactly(7284830L, "HU-BU");
		assertThat(party(report, 5, 'b')).extracting(PairCandidate::subdivision, PairCandidate::population)
			.containsExactly("JP-13", 349385L);
	}

	@Test
	void placesAGermanMunicipalityOfTheOfficialListAndRowsWithIsoCodes() {
		// given: a municipality of the official list (GeoNames' village of that name,
		// with
		// Destatis's population), and countries given as ISO codes
		String csv = """
				city1,country1,city2,country2
				Kröppelshagen-Fahrendorf,Germany,Gunpo,KR
				Kelowna,CA,Kasugai,JP
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		assertThat(report.placed()).as("%s", report.entries()).isEqualTo(2);
		assertThat(party(report, 2, 'a'))
			.extracting(PairCandidate::key, PairCandidate::subdivision, PairCandidate::population)
			.containsExactly("geonames:2883585", "DE-SH", 1330L);
		assertThat(party(report, 2, 'b').subdivision()).isEqualTo("KR-41");
		assertThat(party(report, 3, 'a').subdivision()).isEqualTo("CA-BC");
		assertThat(party(report, 3, 'b').subdivision()).isEqualTo("JP-23");
	}

	@Test
	void offersAPlaceThatIsARegistryGovernmentOnceAsThatGovernment() {
		// given: Gangnam-gu registered by hand, without GeoNames or Wikidata id, and
		// Seoul
		// with its GeoNames id (the city; the gazetteer also has the province, one
		// Wikidata item with it)
		SystemCurator
			.call(() -> this.gazetteer.register(new GovernmentId("KR-11-gangnam-gu"), new GovernmentValues("Gangnam-gu",
					null, "강남구", "KR", "KR-11", GovernmentLevel.LOCAL, null, null, null, null, null, null)));
		SystemCurator.call(() -> this.gazetteer.register(new GovernmentId("KR-11"), new GovernmentValues("Seoul", null,
				null, "KR", "KR-11", GovernmentLevel.REGIONAL, null, null, null, null, null, 1835848L)));
		String csv = """
				city1,country1,city2,country2
				Gangnam-gu,South Korea,Seoul,South Korea
				""";
		// when
		PairsReport report = reconcile(csv);
		// then
		PairsRow row = report.entries().get(0);
		assertThat(row.status()).isEqualTo(PairStatus.PLACED);
		assertThat(row.partyA().government()).isEqualTo("KR-11-gangnam-gu");
		assertThat(row.partyB().government()).isEqualTo("KR-11");
		assertThat(row.candidatesA()).filteredOn(c -> "KR-11-gangnam-gu".equals(c.government())).hasSize(1);
		assertThat(row.candidatesA()).noneMatch(c -> Long.valueOf(1843140).equals(c.geonameId()));
		assertThat(row.candidatesB()).filteredOn(c -> c.government() == null)
			.noneMatch(c -> Long.valueOf(1835848).equals(c.geonameId()) || Long.valueOf(1835847).equals(c.geonameId()));
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
