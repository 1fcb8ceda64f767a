package org.twinningregistry.continuity;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The continuity module's settings.
 *
 * @param renewalNotice how long before a fixed-term agreement's term ends the decision to
 * renew it is due (default six months), the calendar's {@code RENEWAL_DUE} date
 */
@ConfigurationProperties("registry.continuity")
public record ContinuitySettings(@DefaultValue("6m") Period renewalNotice) {

	public ContinuitySettings {
		if (renewalNotice.isNegative()) {
			throw new IllegalArgumentException(
					"registry.continuity.renewal-notice must not be negative: " + renewalNotice);
		}
	}

}
