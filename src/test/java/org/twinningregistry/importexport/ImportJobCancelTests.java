package org.twinningregistry.importexport;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.importexport.DataPackageFixtures.AGREEMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.GOVERNMENTS;
import static org.twinningregistry.importexport.DataPackageFixtures.goodPackage;
import static org.twinningregistry.importexport.DataPackageFixtures.importFolders;
import static org.twinningregistry.importexport.DataPackageFixtures.zip;

/**
 * Cancels a running import job. The engagements' facade is a spy that holds the first
 * engagement's write until the test has cancelled, so the job is surely running, with
 * rows done, when it is cancelled.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportJobCancelTests {

	private static final int ENGAGEMENTS = 3000;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private AgreementRegistry agreements;

	@MockitoSpyBean
	private EngagementLog engagements;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void cancelledJobEndsCancelledAndLeavesNothingBehind() throws Exception {
		// given
		ImportJobClient client = new ImportJobClient(this.mvc);
		client.submit(zip(goodPackage()), "async=false").andExpect(status().isOk());
		List<Long> before = counts();
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch cancelled = new CountDownLatch(1);
		// stubbing calls the facade, through its method security
		SystemCurator.call(() -> doAnswer(invocation -> {
			writing.countDown();
			cancelled.await(30, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(this.engagements).bulkWriter());
		Set<Path> foldersBefore = importFolders();
		ResultActions submitted = client.submit(zip(largePackage()), "async=true");
		String path = ImportJobClient.path(submitted);
		assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
		String running = client.poll(path);
		Set<Path> foldersWhileRunning = importFolders();

		// when
		ResultActions cancel = this.mvc.perform(delete(path).with(ApiTestSupport.curator()));
		cancelled.countDown();

		// then
		cancel.andExpect(status().isOk());
		assertThat(JsonPath.<String>read(running, "$.status")).isEqualTo("RUNNING");
		assertThat(JsonPath.<Integer>read(running, "$.rowsDone")).isPositive();
		assertThat(JsonPath.<Integer>read(running, "$.rowsTotal")).isEqualTo(4 + 2 + ENGAGEMENTS);
		String ended = client.awaitEnd(path);
		assertThat(JsonPath.<String>read(ended, "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<Integer>read(ended, "$.rowsDone")).isLessThan(4 + 2 + ENGAGEMENTS);
		assertThat(counts()).isEqualTo(before);
		assertThat(foldersWhileRunning).as("the job's files, unpacked to a folder of their own")
			.hasSizeGreaterThan(foldersBefore.size());
		assertThat(importFolders()).as("deleted when the job ended").isSubsetOf(foldersBefore);
		assertThat(this.gazetteer.find(new GovernmentId("CA-BC-burnaby")).orElseThrow().values().name())
			.isEqualTo("Burnaby");
	}

	/**
	 * The good package's governments (one renamed) and agreements, and many engagements.
	 */
	private static java.util.Map<String, String> largePackage() {
		StringBuilder engagements = new StringBuilder("id,agreement,year,category,origin,title\n");
		for (int i = 1; i <= ENGAGEMENTS; i++) {
			engagements.append("gen-")
				.append(i)
				.append(",burnaby-hwaseong,2015,CULTURE,BOTH,Exchange ")
				.append(i)
				.append('\n');
		}
		java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
		files.put("governments.csv", GOVERNMENTS.replace("Burnaby,,,", "City of Burnaby,,,"));
		files.put("agreements.csv", AGREEMENTS);
		files.put("engagements.csv", engagements.toString());
		return files;
	}

	private List<Long> counts() {
		return List.of(this.gazetteer.count(), this.agreements.count(), this.engagements.count());
	}

}
