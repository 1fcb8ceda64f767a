package org.twinningregistry.engagement;

import java.util.regex.Pattern;

/** The stable key of an engagement: 1–64 letters, digits and {@code - _ . :}. */
public record EngagementId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	public EngagementId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid engagement id: " + value);
		}
	}

	public static boolean isValid(String value) {
		return FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
