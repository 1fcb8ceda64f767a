package org.twinningregistry.importexport.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ImportProgressLogTests {

	@Test
	void logsRowsRateAndTimeLeftEveryFewSeconds(CapturedOutput output) {
		// given
		SteppingClock clock = new SteppingClock();
		ImportProgressLog progress = new ImportProgressLog(LoggerFactory.getLogger(ImportProgressLogTests.class),
				"Import of p.zip", clock);
		progress.total(1000);

		// when
		clock.advance(Duration.ofSeconds(2));
		progress.rowsDone(100);
		clock.advance(Duration.ofSeconds(3));
		progress.rowsDone(150);
		clock.advance(Duration.ofSeconds(1));
		progress.rowsDone(50);

		// then
		assertThat(output).contains("Import of p.zip: 1000 rows to check")
			.contains("Import of p.zip: 250 of 1000 rows, 50.0 rows/s, about 15 s left")
			.doesNotContain("300 of 1000");
	}

	/** A clock the test moves on by hand. */
	private static final class SteppingClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
