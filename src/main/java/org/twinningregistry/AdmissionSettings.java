package org.twinningregistry;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many reads work at once ({@code registry.web.concurrent-requests}; unset: four per
 * processor core, at least eight) and how long a request waits for its turn before it is
 * answered 503 ({@code registry.web.admission-wait}); see {@link RequestAdmission}.
 */
@ConfigurationProperties("registry.web")
record AdmissionSettings(@Nullable Integer concurrentRequests, @Nullable Duration admissionWait) {

	AdmissionSettings {
		if (concurrentRequests != null && concurrentRequests < 1) {
			throw new IllegalArgumentException(
					"registry.web.concurrent-requests must be at least 1, not " + concurrentRequests);
		}
		if (admissionWait != null && (admissionWait.isNegative() || admissionWait.isZero())) {
			throw new IllegalArgumentException("registry.web.admission-wait must be positive, not " + admissionWait);
		}
	}

	int concurrent() {
		return (this.concurrentRequests != null) ? this.concurrentRequests
				: Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
	}

	Duration waitLimit() {
		return (this.admissionWait != null) ? this.admissionWait : Duration.ofSeconds(30);
	}

}
