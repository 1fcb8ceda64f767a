package org.twinningregistry.ui;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages link to static files by versioned URLs that are cached for a year, immutably; the
 * same files without a version are still served, and not cached; links to pages are left
 * as they are, and an address that is neither a page nor a file is a 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

	private static final String IMMUTABLE = "max-age=31536000, public, immutable";

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkToTheirStylesheetByItsContentHash() throws Exception {
		// when
		String page = body(get("/agreements"));
		String stylesheet = first(page, "href=\"(/css/registry-[0-9a-f]{32}\\.css)\"");

		// then
		MvcResult css = this.mvc.perform(get(stylesheet)).andReturn();
		assertThat(css.getResponse().getStatus()).isEqualTo(200);
		assertThat(css.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(IMMUTABLE);
		assertThat(css.getResponse().getContentAsString()).isEqualTo(body(get("/css/registry.css")));
		assertThat(page).contains("action=\"/agreements\"").doesNotContain("href=\"/css/registry.css\"");
	}

	@Test
	void pagesLinkToWebJarsByTheirVersion() throws Exception {
		// when
		String page = body(get("/statistics/map"));
		String script = first(page, "src=\"(/webjars/leaflet/[0-9.]+/dist/leaflet.js)\"");

		// then
		assertThat(header(script)).isEqualTo(IMMUTABLE);
		assertThat(header(first(page, "src=\"(/js/map-[0-9a-f]{32}\\.js)\""))).isEqualTo(IMMUTABLE);
	}

	@Test
	void theFontsTheStylesheetAndTheAboutPageLinkToAreServed() throws Exception {
		// when
		String page = body(get("/about"));
		String stylesheet = body(get(first(page, "href=\"(/css/registry-[0-9a-f]{32}\\.css)\"")));
		String font = first(stylesheet, "url\\(\"([^\"]*/cjk/hangul[^\"]*\\.woff2)\"\\)");

		// then
		assertThat(status(URI.create("/css/registry.css").resolve(font).getPath())).isEqualTo(200);
		assertThat(status(first(page, "href=\"(/fonts/OFL-1\\.1[^\"]*\\.txt)\""))).isEqualTo(200);
		assertThat(status(first(page, "href=\"(/fonts/Apache-2\\.0[^\"]*\\.txt)\""))).isEqualTo(200);
	}

	@Test
	void filesAskedForWithoutAVersionAreServedButNotKept() throws Exception {
		// then
		assertThat(header("/css/registry.css")).doesNotContain("immutable").contains("no-store");
		assertThat(header("/js/import-job.js")).doesNotContain("immutable").contains("no-store");
		assertThat(header("/webjars/leaflet/dist/leaflet.js")).doesNotContain("immutable").contains("no-store");
	}

	@Test
	void aWrongHashOrAnUnknownAddressIsNotFound() throws Exception {
		// then
		assertThat(status("/css/registry-0123456789abcdef0123456789abcdef.css")).isEqualTo(404);
		assertThat(status("/webjars/leaflet/0.0.1/dist/leaflet.js")).isEqualTo(404);
		assertThat(status("/nothing/here.css")).isEqualTo(404);
		assertThat(status("/templates/agreement/list.html")).isEqualTo(404);
		assertThat(status("/application.properties")).isEqualTo(404);
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String header(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL);
	}

	private int status(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse().getStatus();
	}

	private static String first(String page, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(page);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

}
