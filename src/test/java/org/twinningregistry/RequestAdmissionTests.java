package org.twinningregistry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * {@link RequestAdmission}: at most so many requests work at once, the others wait their
 * turn in the order they came, and a request whose time is the client's is never held.
 */
class RequestAdmissionTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	/** Requests inside the chain now, and the most there ever were at once. */
	private final AtomicInteger inside = new AtomicInteger();

	private final AtomicInteger most = new AtomicInteger();

	private final List<String> entered = new CopyOnWriteArrayList<>();

	private final CountDownLatch finish = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.finish.countDown();
		this.threads.shutdownNow();
	}

	/** A chain that records who entered and holds them until {@link #finish}. */
	private FilterChain holding() {
		return (request, response) -> {
			this.most.accumulateAndGet(this.inside.incrementAndGet(), Math::max);
			this.entered.add(((MockHttpServletRequest) request).getRequestURI());
			try {
				this.finish.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.inside.decrementAndGet();
			}
		};
	}

	private Future<MockHttpServletResponse> send(RequestAdmission admission, FilterChain chain,
			MockHttpServletRequest request) {
		return this.threads.submit(() -> {
			MockHttpServletResponse response = new MockHttpServletResponse();
			admission.doFilter(request, response, chain);
			return response;
		});
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	@Test
	void letsSoManyWorkAtOnceAndTheOthersWait() throws Exception {
		RequestAdmission admission = new RequestAdmission(2, Duration.ofSeconds(10));
		List<Future<MockHttpServletResponse>> answers = new java.util.ArrayList<>();
		for (String path : List.of("/agreements", "/governments", "/engagements", "/statistics", "/")) {
			answers.add(send(admission, holding(), get(path)));
		}
		await().until(() -> this.inside.get() == 2 && admission.waiting() == 3);

		this.finish.countDown();

		for (Future<MockHttpServletResponse> answer : answers) {
			assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(this.entered).hasSize(5);
		assertThat(this.most).hasValue(2);
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void letsTheWaitingWorkInTheOrderTheyCame() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofSeconds(10));
		List<Future<MockHttpServletResponse>> answers = new java.util.ArrayList<>();
		answers.add(send(admission, holding(), get("/agreements")));
		await().until(() -> this.inside.get() == 1);
		for (String path : List.of("/engagements", "/statistics", "/", "/governments")) {
			int before = admission.waiting();
			answers.add(send(admission, holding(), get(path)));
			await().until(() -> admission.waiting() == before + 1);
		}

		this.finish.countDown();

		for (Future<MockHttpServletResponse> answer : answers) {
			assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(this.entered).containsExactly("/agreements", "/engagements", "/statistics", "/", "/governments");
		assertThat(this.most).hasValue(1);
	}

	@Test
	void answers503WithRetryAfterToARequestThatWaitedTooLongAndNeverRunsIt() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));
		Future<MockHttpServletResponse> first = send(admission, holding(), get("/agreements"));
		await().until(() -> this.inside.get() == 1);
		AtomicInteger ran = new AtomicInteger();

		MockHttpServletResponse late = send(admission, (request, response) -> ran.incrementAndGet(), get("/")).get(10,
				TimeUnit.SECONDS);

		assertThat(late.getStatus()).isEqualTo(503);
		assertThat(late.getHeader("Retry-After")).isEqualTo("5");
		assertThat(ran).hasValue(0);
		this.finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		// the refused request gave back no permit it did not hold: one request at a time
		// still
		MockHttpServletResponse next = send(admission, (request, response) -> ran.incrementAndGet(), get("/")).get(10,
				TimeUnit.SECONDS);
		assertThat(next.getStatus()).isEqualTo(200);
		assertThat(ran).hasValue(1);
	}

	@Test
	void neverHoldsWritesFilesDocumentsOrHealthChecks() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(100));
		Future<MockHttpServletResponse> busy = send(admission, holding(), get("/agreements"));
		await().until(() -> this.inside.get() == 1);
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/imports");
		upload.setContentType("multipart/form-data; boundary=x");
		List<MockHttpServletRequest> free = List.of(upload, new MockHttpServletRequest("POST", "/login"),
				new MockHttpServletRequest("PUT", "/api/v1/agreements/a1"), get("/exports/data-package.zip"),
				get("/api/v1/governments/CA-BC/brief.pdf"), get("/css/registry.css"), get("/documents/d1"),
				get("/api/v1/documents/d1"), get("/actuator/health"));
		AtomicInteger ran = new AtomicInteger();

		for (MockHttpServletRequest request : free) {
			assertThat(
					send(admission, (req, res) -> ran.incrementAndGet(), request).get(10, TimeUnit.SECONDS).getStatus())
				.as(request.getRequestURI())
				.isEqualTo(200);
		}

		assertThat(ran).hasValue(free.size());
		// while a page still waits its turn and is refused
		assertThat(send(admission, (req, res) -> ran.incrementAndGet(), get("/engagements")).get(10, TimeUnit.SECONDS)
			.getStatus()).isEqualTo(503);
		this.finish.countDown();
		busy.get(10, TimeUnit.SECONDS);
	}

	@Test
	void settingsRefuseNoneAtATimeAndDefaultToFourPerCoreAtLeastEight() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionSettings(0, null))
			.withMessageContaining("registry.web.concurrent-requests");
		assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionSettings(null, Duration.ZERO))
			.withMessageContaining("registry.web.admission-wait");
		AdmissionSettings defaults = new AdmissionSettings(null, null);
		assertThat(defaults.concurrent()).isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
		assertThat(defaults.waitLimit()).isEqualTo(Duration.ofSeconds(30));
		assertThat(new AdmissionSettings(3, Duration.ofSeconds(2)).concurrent()).isEqualTo(3);
	}

}
