package org.twinningregistry.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A government's twinning record as of a date.
 *
 * @param government its id
 * @param name its name
 * @param asOf the reference date
 * @param window the activity window in years
 * @param agreements its agreements signed by {@code asOf}
 * @param categories engagements of its relationships in the window, by category
 * @param direction the same by origin: {@code SELF}, {@code PARTNER}, {@code BOTH}
 */
public record GovernmentScorecard(String government, String name, LocalDate asOf, int window,
		List<AgreementCard> agreements, Map<String, Long> categories, Map<String, Long> direction) {

	/**
	 * @param agreement its id
	 * @param partner the other party's id
	 * @param partnerName its name
	 * @param partnerCountry its country
	 * @param type SISTER, FRIENDSHIP or COOPERATION
	 * @param signed as given
	 * @param current whether it is current on {@code asOf}
	 * @param age whole years from signing to {@code asOf}
	 * @param lastEngagementYear the last year up to {@code asOf} with a substantive
	 * engagement of the relationship, if any
	 * @param frequency the relationship's engagement frequency in the window
	 * @param active whether the relationship had a substantive engagement in the window
	 */
	public record AgreementCard(String agreement, String partner, String partnerName, String partnerCountry,
			String type, String signed, boolean current, int age, @Nullable Integer lastEngagementYear,
			double frequency, boolean active) {
	}

}
