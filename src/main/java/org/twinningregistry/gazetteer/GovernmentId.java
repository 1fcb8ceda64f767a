package org.twinningregistry.gazetteer;

import java.util.regex.Pattern;

/**
 * The stable key of a government, as in the data package: 1–64 letters, digits and
 * {@code - _ . :}.
 */
public record GovernmentId(String value) {

	public static final Pattern FORMAT = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	public GovernmentId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid government id: " + value);
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
