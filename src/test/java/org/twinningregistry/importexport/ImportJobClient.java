package org.twinningregistry.importexport;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.twinningregistry.ApiTestSupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Submits import jobs and follows them over the API, as the bootstrap curator. */
final class ImportJobClient {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final MockMvc mvc;

	ImportJobClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions submit(byte[] zip, String query) throws Exception {
		return this.mvc.perform(post("/api/v1/imports?" + query).contentType("application/zip")
			.content(zip)
			.with(ApiTestSupport.curator()));
	}

	/** The job's URL path, from a 202 answer's {@code Location}. */
	static String path(ResultActions submitted) {
		String location = String.valueOf(submitted.andReturn().getResponse().getHeader("Location"));
		return location.substring(location.indexOf("/api/"));
	}

	String poll(String path) throws Exception {
		return this.mvc.perform(get(path).with(ApiTestSupport.curator()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Polls the job until it has ended, and answers its last JSON. */
	String awaitEnd(String path) throws Exception {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			String job = poll(path);
			if (!JsonPath.<String>read(job, "$.status").matches("QUEUED|RUNNING")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import job " + path + " did not end within " + PATIENCE);
	}

}
