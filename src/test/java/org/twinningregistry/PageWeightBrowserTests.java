package org.twinningregistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.analytics.StatisticsFixture;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor's browser downloads for each main page, in headless Chromium (which asks
 * for gzip) over {@link StatisticsFixture}: on a first visit (empty cache) the page and
 * everything it loads (styles, scripts, the map's outline and lines) weigh under 600 KB;
 * on a second visit the page's files come from the browser's cache, none downloaded again
 * (versioned URLs, cached immutably); every page is sent compressed (the page and its
 * text files, fonts left out, under half their unpacked size). Every page's weights, file
 * count and load times (first and second visit) are written to
 * {@code target/page-weights.md} (docs/benchmarks.md, "Page weight"); the times are
 * recorded, not checked: they depend on the machine, the weight does not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageWeightBrowserTests {

	static final long BUDGET = 600 * 1024;

	static final List<String> PAGES = List.of("/", "/agreements", "/agreements/a1", "/governments", "/governments/van",
			"/engagements", "/engagements/e1", "/statistics?country=CA&asOf=2019-12-31",
			"/statistics/bilateral?country=CA&partner=KR&asOf=2019-12-31&window=5",
			"/statistics/map?country=CA&asOf=2019-12-31", "/statistics/governments/van?asOf=2019-12-31",
			"/statistics/subdivisions/CA-BC?asOf=2019-12-31", "/reporting", "/imports", "/about", "/login");

	/**
	 * The page's and its resources' sizes and the load time, by the Resource Timing API.
	 */
	private static final String WEIGHT = """
			const page = performance.getEntriesByType('navigation')[0];
			const files = performance.getEntriesByType('resource');
			const sum = (entries, key) => entries.reduce((total, entry) => total + entry[key], 0);
			const fetched = files.filter(f => f.transferSize > 0
					&& /\\/(css|js|maps|webjars)\\//.test(new URL(f.name).pathname));
			const text = [page, ...files].filter(f => !/\\.woff2$/.test(new URL(f.name).pathname));
			return [page.transferSize + sum(files, 'transferSize'), page.decodedBodySize + sum(files, 'decodedBodySize'),
					page.transferSize, files.length, fetched.length, Math.round(page.loadEventEnd),
					sum(text, 'transferSize'), sum(text, 'decodedBodySize')];""";

	/** Whether the charts and the map (which fetches its outline and lines) are drawn. */
	private static final String DRAWN = """
			return Array.from(document.querySelectorAll('#map, canvas[data-chart]'))
					.every(e => e.hasAttribute('data-rendered'));""";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

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
	void fixture(@Autowired JdbcClient jdbc, @Autowired Gazetteer gazetteer, @Autowired AgreementRegistry agreements,
			@Autowired EngagementLog engagements) {
		RegistryDatabase.clear(jdbc);
		StatisticsFixture.build(gazetteer, agreements, engagements);
	}

	@Test
	void everyMainPageWeighsUnder600KilobytesAndItsFilesAreDownloadedOnce() throws IOException {
		// when
		List<Weight> weights = new ArrayList<>();
		for (String page : PAGES) {
			browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
			Weight first = load(page);
			weights.add(first.withAgain(load(page)));
		}
		write(weights);

		// then
		assertThat(weights).allSatisfy(weight -> {
			assertThat(weight.transferred()).as(weight.page()).isPositive().isLessThan(BUDGET);
			assertThat(weight.files()).as(weight.page()).isPositive();
			assertThat(weight.fetched()).as(weight.page()).isPositive();
			assertThat(weight.fetchedAgain()).as(weight.page() + ", files downloaded again").isZero();
			assertThat(weight.text()).as(weight.page() + ", compressed").isLessThan(weight.textUnpacked() / 2);
		});
	}

	private Weight load(String page) {
		browser.get("about:blank");
		browser.get("http://localhost:" + this.port + page);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> browser.executeScript(DRAWN));
		@SuppressWarnings("unchecked")
		List<Number> measured = (List<Number>) browser.executeScript(WEIGHT);
		return new Weight(page, measured.get(0).longValue(), measured.get(1).longValue(), measured.get(2).longValue(),
				measured.get(3).intValue(), measured.get(4).intValue(), measured.get(5).longValue(), -1, -1, -1,
				measured.get(6).longValue(), measured.get(7).longValue());
	}

	private static void write(List<Weight> weights) throws IOException {
		StringBuilder table = new StringBuilder("| page | transferred (KB) | unpacked (KB) | the page itself (KB) | "
				+ "files | load (ms) | transferred again (KB) | load again (ms) |\n|---|---|---|---|---|---|---|---|\n");
		for (Weight w : weights) {
			table.append("| `%s` | %.1f | %.1f | %.1f | %d | %d | %.1f | %d |%n".formatted(w.page(),
					w.transferred() / 1024.0, w.unpacked() / 1024.0, w.document() / 1024.0, w.files(), w.loadMillis(),
					w.transferredAgain() / 1024.0, w.loadAgainMillis()));
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "page-weights.md"), table);
	}

	/** One page's first visit, and how much its second visit downloaded. */
	record Weight(String page, long transferred, long unpacked, long document, int files, int fetched, long loadMillis,
			long transferredAgain, int fetchedAgain, long loadAgainMillis, long text, long textUnpacked) {

		Weight withAgain(Weight again) {
			return new Weight(this.page, this.transferred, this.unpacked, this.document, this.files, this.fetched,
					this.loadMillis, again.transferred(), again.fetched(), again.loadMillis(), this.text,
					this.textUnpacked);
		}

	}

}
