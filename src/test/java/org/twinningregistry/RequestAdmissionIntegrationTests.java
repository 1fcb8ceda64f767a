package org.twinningregistry;

import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.twinningregistry.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registry whose every turn is taken ({@code registry.web.concurrent-requests}, here
 * one) makes a read wait {@code registry.web.admission-wait}, then answers it 503 with
 * {@code Retry-After}: problem details on the API, the error page on pages; its health
 * check and writes are answered all the while.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "registry.web.concurrent-requests=1", "registry.web.admission-wait=300ms" })
class RequestAdmissionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	private FilterRegistrationBean<RequestAdmission> admission;

	@Test
	void aBusyRegistryAnswersReadsWith503AndItsHealthCheckAtOnce() throws Exception {
		assertThat(this.admission.getOrder()).isEqualTo(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		assertThat(RawHttp.request(this.port, "GET", "/api/v1/agreements").send().status()).isEqualTo(200);
		Semaphore turns = this.admission.getFilter().permits();
		turns.acquire();
		try {
			Answer api = RawHttp.request(this.port, "GET", "/api/v1/agreements").send();
			Answer page = RawHttp.request(this.port, "GET", "/agreements").header("Accept", "text/html").send();
			Answer french = RawHttp.request(this.port, "GET", "/api/v1/agreements?lang=fr")
				.header("Accept-Language", "fr")
				.send();
			Answer health = RawHttp.request(this.port, "GET", "/actuator/health").send();
			Answer write = RawHttp.request(this.port, "POST", "/api/v1/agreements")
				.body("application/json", "{}")
				.send();

			assertThat(api.status()).isEqualTo(503);
			assertThat(api.header("retry-after")).isEqualTo("5");
			assertThat(api.header("content-type")).startsWith("application/problem+json");
			assertThat(api.isProblem()).isTrue();
			assertThat(api.code()).isEqualTo("error.busy");
			assertThat(api.json().path("detail").asString())
				.isEqualTo("The registry is busy: try again in a few seconds.");
			assertThat(french.json().path("detail").asString()).contains("Le registre est occupé");
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.header("content-type")).startsWith("text/html");
			assertThat(health.status()).isEqualTo(200);
			// answered, not held: refused for want of credentials rather than made to
			// wait
			assertThat(write.status()).isEqualTo(401);
		}
		finally {
			turns.release();
		}
		assertThat(RawHttp.request(this.port, "GET", "/api/v1/agreements").send().status()).isEqualTo(200);
	}

}
