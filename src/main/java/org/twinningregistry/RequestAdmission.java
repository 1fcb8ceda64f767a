package org.twinningregistry;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most a given number of reads ({@code GET}, {@code HEAD}) work at once, the
 * others waiting their turn in the order they came (docs/architecture.md, "Requests under
 * load"). Pages and API reads spend their time on the processor: with one thread per
 * connection, 64 connections on two cores share them 64 ways, so every request takes as
 * long as the slowest and the JIT compiler, sharing the cores too, takes minutes to make
 * the code fast. Let through a few at a time, each finishes in its own time and the rest
 * wait in a queue (a fair {@link Semaphore}).
 * <p>
 * Requests whose time may be the client's, not the processor's, are not counted: those
 * with a body (a slow client sending a form would hold a turn while it is read), files
 * sent (a last path segment with an extension: exports, the import template, PDFs, the
 * calendar, static files) and documents' bytes. Nor are the actuator's
 * ({@code /actuator/health}): a health check must answer however busy the pages are, or a
 * busy instance would be taken for a dead one. A request that waits longer than
 * {@code wait} is answered 503 with {@code Retry-After}.
 */
final class RequestAdmission extends OncePerRequestFilter {

	private final Semaphore permits;

	private final Duration wait;

	RequestAdmission(int concurrent, Duration wait) {
		this.permits = new Semaphore(concurrent, true);
		this.wait = wait;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.lastIndexOf('.') > path.lastIndexOf('/') || path.startsWith("/documents/")
				|| path.startsWith("/api/v1/documents/") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	/** Requests waiting for their turn now. */
	int waiting() {
		return this.permits.getQueueLength();
	}

	/** The turns (tests take them all to see what a busy registry answers). */
	Semaphore permits() {
		return this.permits;
	}

}
