package org.twinningregistry.importexport;

import org.twinningregistry.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
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
import org.twinningregistry.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

@SpringBootTest
@AutoConfigureMockMvc
class ImportJobPageTests {

	private static final RequestPostProcessor CURATOR = ApiTestSupport.curatorUser();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void backgroundImportShowsAProgressBarThenTheReport() throws Exception {
		// given
		MockMultipartFile file = new MockMultipartFile("file", "package.zip", "application/zip", zip(goodPackage()));

		// when
		String page = this.mvc
			.perform(multipart("/imports").file(file).param("background", "true").with(CURATOR).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String running = html(String.valueOf(page));
		String id = String.valueOf(page).substring(String.valueOf(page).indexOf("job=") + 4);
		awaitEnd("/imports/jobs/" + id);
		String ended = html(String.valueOf(page));

		// then
		assertThat(page).startsWith("/imports?job=");
		assertThat(running).contains("<progress id=\"job-progress\"", "/js/import-job-",
				"data-job-url=\"/imports/jobs/" + id + "\"");
		assertThat(ended).contains("id=\"report\"", "The import has ended").doesNotContain("/js/import-job");
		assertThat(this.gazetteer.count()).isEqualTo(4);
	}

	private String html(String url) throws Exception {
		return this.mvc.perform(get(url).with(CURATOR)).andReturn().getResponse().getContentAsString();
	}

	private void awaitEnd(String url) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			String job = this.mvc.perform(get(url).with(CURATOR)).andReturn().getResponse().getContentAsString();
			if (!JsonPath.<String>read(job, "$.status").matches("QUEUED|RUNNING")) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the job did not end");
	}

}
