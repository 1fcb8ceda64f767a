package org.twinningregistry.importexport;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.AGREEMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackageWith;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

@SpringBootTest
@AutoConfigureMockMvc
class ImportJobApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@Autowired
	private EngagementLog engagements;

	private ImportJobClient client;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
		this.client = new ImportJobClient(this.mvc);
	}

	@Test
	void asyncImportAnswersAcceptedWithTheJobsUrlAndSucceedsLikeASynchronousOne() throws Exception {
		// when
		ResultActions submitted = this.client.submit(zip(goodPackage()), "async=true");

		// then
		submitted.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesRegex(".*/api/v1/imports/jobs/.+")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.url").value(submitted.andReturn().getResponse().getHeader("Location")));
		String job = this.client.awaitEnd(ImportJobClient.path(submitted));
		assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat(JsonPath.<String>read(job, "$.report.status")).isEqualTo("IMPORTED");
		assertThat(JsonPath.<List<Integer>>read(job, "$.report.files[*].created")).containsExactly(4, 2, 2);
		assertThat(JsonPath.<Integer>read(job, "$.rowsDone")).isEqualTo(8);
		assertThat(JsonPath.<Integer>read(job, "$.rowsTotal")).isEqualTo(8);
		assertThat(counts()).containsExactly(4L, 2L, 2L);
	}

	@Test
	void asyncDryRunSucceedsAsValidAndWritesNothing() throws Exception {
		// when
		ResultActions submitted = this.client.submit(zip(goodPackage()), "async=true&dryRun=true");

		// then
		String job = this.client.awaitEnd(ImportJobClient.path(submitted.andExpect(status().isAccepted())));
		assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat(JsonPath.<String>read(job, "$.report.status")).isEqualTo("VALID");
		assertThat(JsonPath.<Boolean>read(job, "$.dryRun")).isTrue();
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void rejectedPackageEndsRejectedWithEveryError() throws Exception {
		// given
		String twoBadRows = AGREEMENTS.replace("SISTER,2010", "SISTER,2010-13").replace("KR-41,SISTER", "KR-41,TWIN");

		// when
		ResultActions submitted = this.client.submit(zip(goodPackageWith("agreements.csv", twoBadRows)), "async=true");

		// then
		String job = this.client.awaitEnd(ImportJobClient.path(submitted));
		assertThat(JsonPath.<String>read(job, "$.status")).isEqualTo("REJECTED");
		assertThat(JsonPath.<String>read(job, "$.report.status")).isEqualTo("REJECTED");
		assertThat(JsonPath.<List<String>>read(job, "$.report.errors[*].column")).contains("signed", "type");
		assertThat(counts()).containsExactly(0L, 0L, 0L);
	}

	@Test
	void withoutAsyncTheImportStillAnswersWhenDone() throws Exception {
		// when
		ResultActions result = this.mvc.perform(post("/api/v1/imports").contentType("application/zip")
			.content(zip(goodPackage()))
			.with(ApiTestSupport.curator()));

		// then
		result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IMPORTED"));
		assertThat(counts()).containsExactly(4L, 2L, 2L);
	}

	@Test
	void jobsNeedACurator() throws Exception {
		// given
		ResultActions submitted = this.client.submit(zip(goodPackage()), "async=true");
		String path = ImportJobClient.path(submitted);
		this.client.awaitEnd(path);

		// when
		ResultActions anonymousSubmit = this.mvc
			.perform(post("/api/v1/imports?async=true").contentType("application/zip").content(zip(goodPackage())));
		ResultActions anonymousPoll = this.mvc.perform(get(path));
		ResultActions anonymousCancel = this.mvc.perform(delete(path));

		// then
		anonymousSubmit.andExpect(status().isUnauthorized());
		anonymousPoll.andExpect(status().isUnauthorized());
		anonymousCancel.andExpect(status().isUnauthorized());
	}

	@Test
	void unknownJobIsNotFound() throws Exception {
		// when
		ResultActions result = this.mvc
			.perform(get("/api/v1/imports/jobs/3f1c2a9e-0000-4000-8000-000000000000").with(ApiTestSupport.curator()));
		ResultActions cancel = this.mvc.perform(delete("/api/v1/imports/jobs/nope").with(ApiTestSupport.curator()));

		// then
		result.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.code").value("error.not-found"));
		cancel.andExpect(status().isNotFound());
	}

	private List<Long> counts() {
		return List.of(this.gazetteer.count(), this.agreements.count(), this.engagements.count());
	}

}
