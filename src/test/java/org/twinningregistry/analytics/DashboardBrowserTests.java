package org.twinningregistry.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.Axe;
import org.twinningregistry.HeadlessChromium;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards and the map in a real headless Chromium over {@link StatisticsFixture}:
 * the charts draw the figures of their tables, the map draws the world outline and one
 * line per relationship, all within the pages' Content-Security-Policy (no inline script
 * or style). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

	private static final String NON_BLANK = """
			const canvas = document.getElementById(arguments[0]);
			const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			let painted = 0;
			for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; }
			return painted;""";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Gazetteer gazetteer;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void fixture(@Autowired JdbcClient jdbc, @Autowired AgreementRegistry agreements,
			@Autowired EngagementLog engagements) {
		RegistryDatabase.clear(jdbc);
		StatisticsFixture.build(this.gazetteer, agreements, engagements);
	}

	@Test
	void nationalDashboardDrawsThePartnerRankingAndTheYears() {
		// when
		open("/statistics?country=CA&asOf=2019-12-31");
		awaitRendered("partners-chart");
		awaitRendered("years-chart");

		// then
		assertThat(chart("partners-chart", "data.labels"))
			.isEqualTo(List.of(country("KR"), country("JP"), country("US")));
		assertThat(chart("partners-chart", "data.datasets[0].data")).isEqualTo(List.of(4L, 3L, 1L));
		assertThat(chart("partners-chart", "options.indexAxis")).isEqualTo("y");
		assertThat(chart("years-chart", "data.datasets.length")).isEqualTo(4L);
		assertThat(painted("partners-chart")).isGreaterThan(1000L);
		assertThat(painted("years-chart")).isGreaterThan(1000L);
		assertThat(screenshot("national")).isNotEmptyFile();
		assertThat(HeadlessChromium.contentSecurityViolations(browser)).isEmpty();
	}

	@Test
	void bilateralDashboardStacksCategoriesByOrigin() {
		// when
		open("/statistics/bilateral?country=CA&partner=KR&asOf=2019-12-31&window=5");
		awaitRendered("categories-chart");

		// then
		assertThat(chart("categories-chart", "data.labels"))
			.isEqualTo(List.of("Administrative", "Culture", "Economy", "Education", "Youth"));
		assertThat(chart("categories-chart", "data.datasets.map(d => d.data)"))
			.isEqualTo(List.of(List.of(1L, 1L, 1L, 0L, 0L), List.of(1L, 0L, 1L, 0L, 1L), List.of(1L, 0L, 0L, 1L, 0L)));
		assertThat(chart("categories-chart", "options.scales.y.stacked")).isEqualTo(true);
		assertThat(painted("categories-chart")).isGreaterThan(1000L);
		assertThat(browser.findElements(By.cssSelector("#activity-grid tbody tr.dormant"))).hasSize(1);
		assertThat(screenshot("bilateral")).isNotEmptyFile();
		assertThat(HeadlessChromium.contentSecurityViolations(browser)).isEmpty();
	}

	@Test
	void switchingLanguageKeepsThePagesQuery() {
		// given
		open("/statistics/bilateral?country=CA&partner=JP&asOf=2019-12-31&window=5");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Japan");

		// when
		browser.findElement(By.cssSelector(".languages a[lang=fr]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));

		// then: the same dashboard, in French
		assertThat(browser.getCurrentUrl())
			.endsWith("/statistics/bilateral?country=CA&partner=JP&asOf=2019-12-31&window=5&lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Japon").doesNotContain("Corée");

		// when: and back, the parameters still there
		browser.findElement(By.cssSelector(".languages a[lang=en]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

		// then
		assertThat(browser.getCurrentUrl())
			.endsWith("/statistics/bilateral?country=CA&partner=JP&asOf=2019-12-31&window=5&lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Japan");
	}

	@Test
	void mapDrawsTheWorldAndOneArcPerRelationship() {
		// when: every relationship, Winnipeg's too (its coordinates from the gazetteer)
		open("/statistics/map?country=CA&asOf=2019-12-31");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("map"), "data-rendered", "true"));

		// then
		WebElement map = browser.findElement(By.id("map"));
		assertThat(map.getDomAttribute("data-lines")).isEqualTo("8");
		assertThat(browser.findElements(By.cssSelector("#map path.world"))).hasSizeGreaterThan(100);
		assertThat(browser.findElements(By.cssSelector("#map path.line-active"))).hasSize(3);
		assertThat(browser.findElements(By.cssSelector("#map path.line-dormant"))).hasSize(5)
			.allSatisfy(line -> assertThat(line.getDomAttribute("stroke-dasharray")).isEqualTo("6 6"));
		// great-circle arcs: each line a curve of many points, not a straight segment
		assertThat(browser.findElements(By.cssSelector("#map path.line-active")))
			.allSatisfy(line -> assertThat(line.getDomAttribute("d").split("L")).hasSizeGreaterThan(10));
		assertThat(screenshot("map")).isNotEmptyFile();
		assertThat(HeadlessChromium.contentSecurityViolations(browser)).isEmpty();
	}

	@Test
	void homePageDrawsASmallMapOfTheRelationships() {
		// when
		open("/");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("map"), "data-rendered", "true"));

		// then: the relationships current today, drawn as on the map page
		WebElement map = browser.findElement(By.id("map"));
		assertThat(Integer.parseInt(map.getDomAttribute("data-lines"))).isPositive();
		assertThat(browser.findElements(By.cssSelector("#map path.world"))).hasSizeGreaterThan(100);
		assertThat(browser.findElements(By.cssSelector("#map path.place-marker, #map path.place-cluster")))
			.isNotEmpty();
		assertThat(map.getSize().getHeight()).isLessThan(400);
		assertThat(HeadlessChromium.contentSecurityViolations(browser)).isEmpty();
	}

	@Test
	void mapSizesMarkersByTiesAndClustersThemWhenZoomedOut() {
		// given
		open("/statistics/map?country=CA&asOf=2019-12-31");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("map"), "data-rendered", "true"));
		WebElement map = browser.findElement(By.id("map"));
		int governments = Integer.parseInt(map.getDomAttribute("data-governments"));
		// read in one go: Leaflet redraws its paths when the view settles, which would
		// leave element references stale between two reads
		List<Double> radii = markerPaths().stream().map(d -> markerRadius(d)).distinct().toList();
		// when: zoomed out to the whole world
		for (int i = 0; i < 4; i++) {
			browser.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
		}
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> !"0".equals(driver.findElement(By.id("map")).getDomAttribute("data-clusters")));
		// then: Hwaseong (three ties) is drawn larger than a city of one tie, and
		// governments close together become clusters
		assertThat(radii).hasSizeGreaterThan(1);
		assertThat(Integer.parseInt(map.getDomAttribute("data-markers"))).isLessThan(governments);
		assertThat(browser.findElements(By.cssSelector("#map path.place-cluster"))).isNotEmpty();
	}

	@Test
	void mapHasNoInteractiveControlsNestedInAnImage() {
		// given: axe-core's nested-interactive rule (the map once had role="img" around
		// Leaflet's zoom buttons and markers)
		open("/statistics/map?country=CA&asOf=2019-12-31");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("map"), "data-rendered", "true"));
		// when
		Object violations = Axe.run(browser, "#map", "nested-interactive");
		// then
		assertThat(violations).asString().isEqualTo("[]");
		assertThat(browser.findElement(By.id("map")).getDomAttribute("role")).isEqualTo("region");
	}

	@SuppressWarnings("unchecked")
	private static List<String> markerPaths() {
		return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"return Array.from(document.querySelectorAll('#map path.place-marker')).map(p => p.getAttribute('d'));");
	}

	private static double markerRadius(String d) {
		// a circle marker's path is two arcs "a r,r 0 1,0 …"
		String arc = d.substring(d.indexOf('a') + 1).trim();
		return Double.parseDouble(arc.substring(0, arc.indexOf(',')));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void awaitRendered(String id) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id(id), "data-rendered", "true"));
	}

	private static Object chart(String id, String property) {
		return browser.executeScript("return Chart.getChart(document.getElementById(arguments[0]))." + property, id);
	}

	private static long painted(String id) {
		return (Long) browser.executeScript(NON_BLANK, id);
	}

	private static Path screenshot(String name) {
		Path file = HeadlessChromium.screenshot(browser, name);
		assertThat(Files.exists(file)).isTrue();
		return file;
	}

	private String country(String code) {
		return this.gazetteer.countryName(code, Locale.ENGLISH);
	}

}
