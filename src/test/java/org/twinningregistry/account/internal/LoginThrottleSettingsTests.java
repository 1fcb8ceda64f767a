package org.twinningregistry.account.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoginThrottleSettingsTests {

	private final LoginThrottleSettings settings = new LoginThrottleSettings(5, 20, Duration.ofHours(1),
			Duration.ofSeconds(30), Duration.ofMinutes(15));

	@Test
	void refusesNothingBelowTheLimitThenDoublesUpToTheCap() {
		assertThat(this.settings.refusal(4, 5)).isZero();
		assertThat(this.settings.refusal(5, 5)).hasSeconds(30);
		assertThat(this.settings.refusal(6, 5)).hasSeconds(60);
		assertThat(this.settings.refusal(9, 5)).hasSeconds(480);
		assertThat(this.settings.refusal(10, 5)).hasMinutes(15);
		assertThat(this.settings.refusal(Integer.MAX_VALUE, 5)).hasMinutes(15);
	}

	@Test
	void refusesAnInitialDelayLongerThanTheCap() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottleSettings(5, 20, Duration.ofHours(1),
				Duration.ofMinutes(20), Duration.ofMinutes(15)));
	}

}
