package org.twinningregistry.strategy;

import java.util.regex.Pattern;

/** The stable key of a plan: 1–64 letters, digits and {@code - _ . :}. */
public record PlanId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[\\p{Alnum}_.:-]{1,64}");

	public PlanId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid plan id: " + value);
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
